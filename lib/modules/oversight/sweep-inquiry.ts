// Read functions of the cross-tenant sweep for the inquiry part (manifest `sweep.lookups`): the public record by
// the inquiry's id and the session page's read by its activity's id; asked with another city's id, none finds it.
import { getInquiryView, publicInquiry } from "./queries-inquiry";

export const inquiryLookups = {
  /** The public record (/{city}/oversight/inquiries/{id}, GET /api/v1/{city}/inquiries/{id}). */
  inquiry: (tenantId: string, id: string) => publicInquiry(tenantId, id),
  /** The session page's inquiry (/console/oversight/{activity}/session). */
  inquiryActivity: (tenantId: string, id: string) => getInquiryView(tenantId, { activityId: id }),
};
