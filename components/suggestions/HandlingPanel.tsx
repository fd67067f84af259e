import type { PanelProps } from "./panel-props";

/** Placeholder until its part lands. */
export async function HandlingPanel(_props: PanelProps) {
  return null;
}
