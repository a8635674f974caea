/**
 * Compare fresh copies of WeChat's filing lists (the JSON its APIs return) with the snapshot in
 * src/domain/law/filing/form/wechat.ts. Pure: the CLI (check.ts) reads the files; the test feeds
 * small excerpts. Everything is compared by NAME (the snapshot's key), then the code: WeChat says the
 * lists change without notice, and a moved code is a difference worth seeing (网络预约车 11 vs 12).
 */

/** One item of an API answer: queryIcpServiceContentTypes, queryIcpNrlxTypes, queryIcpSubjectTypes, queryIcpCertificateTypes. */
export interface ApiItem {
  type: number
  name: string
  parent_type?: number
  subject_type?: number
  remark?: string
}

/** The snapshot, in the same terms. */
export interface Snapshot {
  services: ReadonlyArray<{ code: number; name: string; types: ReadonlyArray<{ code: number; name: string; remark?: string }> }>
  preApprovals: ReadonlyArray<{ code: number; name: string }>
  subjects: ReadonlyArray<{ code: number; name: string; certificates: ReadonlyArray<{ code: number; name: string }> }>
}

/** The API answers a refresh compares; any of them may be left out. */
export interface Copies {
  services?: readonly ApiItem[]
  preApprovals?: readonly ApiItem[]
  subjects?: readonly ApiItem[]
  certificates?: readonly ApiItem[]
}

/** Second-level remarks the snapshot leaves out on purpose (the addendum did not copy them). */
export const REMARKS_NOT_COPIED: readonly string[] = ['安全-加密软件']

/** The items of an API answer: `{ errcode, errmsg, items: [...] }`, or the bare list. */
export function itemsOf(json: unknown): ApiItem[] {
  const list = Array.isArray(json) ? json : typeof json === 'object' && json !== null ? (json as { items?: unknown }).items : undefined
  if (!Array.isArray(list)) throw new Error('not an API answer: expected { items: [...] } or a list')
  return list.map((x, i) => {
    const o = x as Partial<ApiItem>
    if (typeof o.type !== 'number' || typeof o.name !== 'string') throw new Error(`item ${i}: expected a numeric "type" and a "name"`)
    return o as ApiItem
  })
}

/** name → code on both sides: what is only on one side, and what kept its name but moved code. */
function byName(ours: ReadonlyMap<string, number>, theirs: ReadonlyMap<string, number>) {
  return {
    gone: [...ours.keys()].filter((k) => !theirs.has(k)),
    added: [...theirs.keys()].filter((k) => !ours.has(k)),
    moved: [...ours.entries()].filter(([k, c]) => theirs.has(k) && theirs.get(k) !== c).map(([k, c]) => `${k}: snapshot ${c}, copy ${theirs.get(k)}`),
  }
}

const norm = (s: string | undefined) => (s ?? '').replace(/\s+/g, '')

export function diffFilingForm(snap: Snapshot, copies: Copies): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  if (copies.services !== undefined) {
    const firstOfCopy = new Map(copies.services.filter((i) => (i.parent_type ?? 0) === 0).map((i) => [i.type, i.name]))
    const first = byName(new Map(snap.services.map((g) => [g.name, g.code])), new Map([...firstOfCopy].map(([c, n]) => [n, c])))
    const ours = new Map(snap.services.flatMap((g) => g.types.map((t) => [`${g.name}-${t.name}`, t.code] as const)))
    const oursRemark = new Map(snap.services.flatMap((g) => g.types.map((t) => [`${g.name}-${t.name}`, t.remark] as const)))
    const second = copies.services.filter((i) => (i.parent_type ?? 0) !== 0)
    const theirs = new Map(second.map((i) => [`${firstOfCopy.get(i.parent_type as number) ?? `?${i.parent_type}`}-${i.name}`, i.type] as const))
    const d = byName(ours, theirs)
    out['first-level service types in the snapshot not in the copy (removed or renamed?)'] = first.gone
    out['first-level service types only in the copy (new?)'] = first.added
    out['first-level service types with another code in the copy'] = first.moved
    out['service types in the snapshot not in the copy (removed or renamed?)'] = d.gone
    out['service types only in the copy (new?)'] = d.added
    out['service types with another code in the copy'] = d.moved
    out['service remarks that differ'] = second
      .map((i) => [`${firstOfCopy.get(i.parent_type as number)}-${i.name}`, i.remark] as const)
      .filter(([k, r]) => ours.has(k) && !REMARKS_NOT_COPIED.includes(k) && norm(oursRemark.get(k)) !== norm(r))
      .map(([k, r]) => `${k}: snapshot「${oursRemark.get(k) ?? ''}」, copy「${r ?? ''}」`)
  }
  if (copies.preApprovals !== undefined) {
    const d = byName(new Map(snap.preApprovals.map((t) => [t.name, t.code])), new Map(copies.preApprovals.map((i) => [i.name, i.type])))
    out['前置审批 types in the snapshot not in the copy'] = d.gone
    out['前置审批 types only in the copy (new?)'] = d.added
    out['前置审批 types with another code in the copy'] = d.moved
  }
  if (copies.subjects !== undefined) {
    const d = byName(new Map(snap.subjects.map((s) => [s.name, s.code])), new Map(copies.subjects.map((i) => [i.name, i.type])))
    out['主体 types in the snapshot not in the copy'] = d.gone
    out['主体 types only in the copy (new?)'] = d.added
    out['主体 types with another code in the copy'] = d.moved
  }
  if (copies.certificates !== undefined) {
    const subjectName = new Map((copies.subjects ?? []).map((i) => [i.type, i.name]))
    for (const s of snap.subjects) if (!subjectName.has(s.code)) subjectName.set(s.code, s.name)
    const key = (subject: string, name: string) => `${subject}: ${name}`
    const ours = new Map(snap.subjects.flatMap((s) => s.certificates.map((c) => [key(s.name, c.name), c.code] as const)))
    const theirs = new Map(copies.certificates.map((i) => [key(subjectName.get(i.subject_type ?? -1) ?? `?${i.subject_type}`, i.name), i.type] as const))
    const d = byName(ours, theirs)
    out['certificates in the snapshot not in the copy'] = d.gone
    out['certificates only in the copy (new?)'] = d.added
    out['certificates with another code in the copy'] = d.moved
  }
  return out
}
