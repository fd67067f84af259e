// The publish / unpublish form on the suggestion page, for the office (suggestion.manage) only: the page places
// <PublishPanel {...panelProps} /> among its panels; everyone else sees nothing of it.
import { can } from "@/lib/authz";
import { suggestionSettings } from "@/lib/modules/suggestions";
import type { PanelProps } from "../panel-props";
import { PublishToggle } from "./PublishToggle";

export function PublishPanel({ tenant, member, s }: PanelProps) {
  if (!can(member.roles, "suggestion.manage")) return null;
  return (
    <PublishToggle
      tenantSlug={tenant.slug}
      id={s.id}
      publishedAt={s.publishedAt ? s.publishedAt.toISOString() : null}
      cityPublishes={suggestionSettings(tenant.settings).publish}
      replied={s.firstRepliedAt !== null}
    />
  );
}
