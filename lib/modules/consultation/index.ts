// Public face of the consultation module (issue #4): public consultation on published draft versions,
// citizens' opinions and their intake, contact points, triage and dispositions, the summary table.
// Other modules import only this.
export * from "./workflow";
export * from "./schemas";
export * from "./contact-points";
export * from "./triage";
export * from "./portal";
