export async function remindReceptionDuties(_data: Record<string, unknown>): Promise<void> {}
