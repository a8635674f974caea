// Build-time constants Taro's H5 components expect (webpack defines them in a real build).
globalThis.ENABLE_INNER_HTML = true
globalThis.ENABLE_ADJACENT_HTML = true
globalThis.ENABLE_SIZE_APIS = false
globalThis.ENABLE_TEMPLATE_CONTENT = true
globalThis.ENABLE_CLONE_NODE = true
globalThis.ENABLE_CONTAINS = true
globalThis.ENABLE_MUTATION_OBSERVER = false
globalThis.DEPRECATED_ADAPTER_COMPONENT = false
process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'
