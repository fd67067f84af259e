import type { PanelProps } from "./panel-props";

/** A special inquiry's part of the activity page (filled by the inquiry part). */
export async function InquiryPanel(_props: PanelProps) {
  return null;
}
