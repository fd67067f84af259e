export async function extendSchedules(_data: Record<string, unknown>): Promise<void> {}
