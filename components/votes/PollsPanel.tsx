import type { PanelProps } from "@/components/oversight/panel-props";

/** The polls of an activity (appraisal, inquiry satisfaction vote), on its page (filled by the vote engine). */
export async function PollsPanel(_props: PanelProps) {
  return null;
}
