// Staff side of a consultation: opening it, triage and dispositions, the summary table and its exports.
export {};
