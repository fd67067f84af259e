// The units' clocks (part: ops). Placeholder until that part lands.
export async function remindSuggestionDeadlines(_data: Record<string, unknown>): Promise<void> {}
