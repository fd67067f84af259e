import type { PanelProps } from "./panel-props";

/** The activity's rectification tasks in short, linking to its board (filled by the rectification part). */
export async function RectificationPanel(_props: PanelProps) {
  return null;
}
