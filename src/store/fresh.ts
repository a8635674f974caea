/**
 * Fresh-start tokens: `start` on home opens the wizard with `?fresh=<token>` after the user has
 * agreed to drop unfinished answers. Only a token home issued in this run may clear them; a
 * link carrying any other token makes the wizard ask first. Imports nothing (main package).
 */
const issued = new Set<string>()

export function issueFreshToken(): string {
  const token = `${Date.now().toString(36)}${issued.size.toString(36)}`
  issued.add(token)
  return token
}

export function wasIssued(token: string): boolean {
  return issued.has(token)
}
