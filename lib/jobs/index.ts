// Background jobs on PostgreSQL (pg-boss 10; DESIGN §6): modules declare their jobs in their manifests
// (`jobs: [{ name, cron?, load }]`), the runtime creates their queues, runs their handlers and applies their
// schedules, and anything may enqueue one with sendJob — inside a transaction when it must commit with a change.
export { sendJob, type SendOptions, type SqlExecutor } from "./send";
export { startJobRuntime, applySchedules, jobsInProcess, SCHEDULE_TZ } from "./runtime";
export type { JobRuntime, JobRuntimeOptions } from "./runtime";
export { declaredJobs, QUEUE_OPTIONS } from "./queues";
export { jobsSchema } from "./boss";
export { forEachCity, scanScope, type ScanScope } from "./scan";
