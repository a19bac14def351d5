import type { ClosableIssueTracker } from './drift-issues.ts'

/**
 * An issue tracker over the GitHub REST API, authenticated by the workflow's GITHUB_TOKEN.
 *
 * @example
 * const tracker = githubIssues(process.env.GITHUB_TOKEN!, process.env.GITHUB_REPOSITORY!)
 */
export function githubIssues(token: string, repository: string, apiUrl = 'https://api.github.com'): ClosableIssueTracker {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${apiUrl}/repos/${repository}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/vnd.github+json', 'User-Agent': 'vendor-error-contracts' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`GitHub API ${method} ${path} answered ${response.status}`)
    return response.json() as Promise<any>
  }
  return {
    async openIssues(label) {
      const issues = (await call('GET', `/issues?state=open&labels=${encodeURIComponent(label)}&per_page=100`)) as Array<{
        number: number
        title: string
        body: string | null
      }>
      return issues.map((issue) => ({ number: issue.number, title: issue.title, body: issue.body ?? '' }))
    },
    async create(issue) {
      return ((await call('POST', '/issues', issue)) as { number: number }).number
    },
    async update(number, body) {
      await call('PATCH', `/issues/${number}`, { body })
    },
    async comment(number, body) {
      await call('POST', `/issues/${number}/comments`, { body })
    },
    async close(number) {
      await call('PATCH', `/issues/${number}`, { state: 'closed', state_reason: 'completed' })
    },
  }
}
