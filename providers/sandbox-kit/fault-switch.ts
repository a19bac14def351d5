/** A failure the reference sandbox is told to answer with, because no request of ours can cause it. */
export interface Fault {
  /** The status to answer with, e.g. 500 or 503. */
  status: number
  /** How many requests answer with it before the sandbox behaves again. */
  times: number
  /** Only requests whose path starts with this prefix are affected (so token requests can be spared). */
  pathPrefix: string
  /** The vendor's own error code to answer with, when the failure has one (e.g. USTA's 9001). */
  code?: string | number | undefined
}

/**
 * Holds the fault the reference sandbox answers with next. Reference sandboxes only: a real vendor
 * offers no such switch, which is why states that need it are unavailable against real sandboxes.
 *
 * @example
 * const faults = faultSwitch()
 * faults.arm({ status: 503, times: 1, pathPrefix: '/api/' })
 * faults.take('/api/v3/facilities')?.status // 503, then undefined
 */
export function faultSwitch() {
  let armed: Fault | undefined
  return {
    arm(fault: Fault): void {
      armed = fault.times > 0 ? { ...fault } : undefined
    },
    disarm(): void {
      armed = undefined
    },
    take(path: string): Fault | undefined {
      if (!armed || !path.startsWith(armed.pathPrefix)) return undefined
      const fault = armed
      armed = fault.times > 1 ? { ...fault, times: fault.times - 1 } : undefined
      return fault
    },
  }
}

/** A fault switch, as {@link faultSwitch} returns it. */
export type FaultSwitch = ReturnType<typeof faultSwitch>
