import { leafPaths } from '../../../providers/catalog/body-paths.ts'

/**
 * A body's shape: its leaf paths with array positions folded (`errors[].errorCode`), sorted and
 * joined. Values do not count, so two examples of one envelope have one shape.
 *
 * @example
 * shapeOf({ errors: [{ errorCode: 3001, message: 'entity not found' }] }) // 'errors[].errorCode, errors[].message'
 */
export function shapeOf(body: unknown): string {
  const paths = leafPaths(body).map((path) => path.replace(/\[\d+\]/g, '[]'))
  return [...new Set(paths)].sort().join(', ')
}
