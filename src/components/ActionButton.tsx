import { Button } from '@tarojs/components'
import type { ButtonProps } from '@tarojs/components'
import { control } from './a11y'

type ActionButtonProps = Omit<ButtonProps, 'onClick'> & { onClick: () => void }

/**
 * A Taro `Button` a keyboard can use (issue 25). On H5 Taro renders `<taro-button-core>`, a custom
 * element with no Tab stop (tabIndex -1) and no key handling: the `control('button', …)` props
 * give it `role="button"`, `tabIndex 0` and Enter/Space, which run the same handler as a tap.
 * On the mini-programs `control()` returns nothing, so the button and its setData are as before.
 * Keep the `id`: outside tests drive the pages by it.
 */
export default function ActionButton({ onClick, ...props }: ActionButtonProps) {
  return <Button {...props} onClick={onClick} {...control('button', onClick)} />
}
