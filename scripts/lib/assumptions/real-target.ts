import type { VerifiedTarget } from './verify-input.ts'

/**
 * Whether a run's target was the vendor itself: its real sandbox from the environment, or a
 * `--target` URL that did not answer as our reference sandbox. Only such a run can confirm an
 * assumption: the reference sandboxes were written from the same reading of the docs as the
 * catalog, so their agreement proves nothing about the vendor. A report that does not say (older
 * reports have no `referenceSandbox`) counts as not real.
 *
 * @example
 * isRealTarget({ targetKind: 'url', referenceSandbox: false }) // true
 * isRealTarget({ targetKind: 'reference', referenceSandbox: true }) // false
 */
export function isRealTarget(vendor: Pick<VerifiedTarget, 'targetKind' | 'referenceSandbox'>): boolean {
  if (vendor.targetKind === 'real') return vendor.referenceSandbox !== true
  return vendor.targetKind === 'url' && vendor.referenceSandbox === false
}
