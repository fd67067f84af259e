// The office's review and assignment on the suggestion page — exactly the moves `s.moves` allows this member:
// return, convert (a motion), merge, accept, assign with its units and deadlines (and key marking), reassign or
// refuse a hand-back — and key marking on its own; for a unit of the current round, 申请退回 while the window is
// open (its last day shown); and the 交办函 the member may download.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { linkClasses } from "@/components/legislation/util";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui";
import { reviewView } from "@/lib/modules/suggestions";
import type { PanelProps } from "./panel-props";
import { AssignForm } from "./review/AssignForm";
import { KeyForm } from "./review/KeyFields";
import { MergeForm } from "./review/MergeForm";
import { ReasonMove } from "./review/ReasonMove";

const OFFICE_MOVES = ["accept", "return", "convert", "merge", "assign", "reassign", "refuseHandback"] as const;

export async function ReviewPanel({ tenant, viewer, s }: PanelProps) {
  const moves = s.moves.filter((m) => (OFFICE_MOVES as readonly string[]).includes(m) || m === "requestHandback");
  const v = await reviewView(tenant, viewer, s);
  if (moves.length === 0 && !v.markKey && v.letterIds.length === 0) return null;
  const [t, format, base] = await Promise.all([
    getTranslations("suggestionsReview.panel"),
    getFormatter(),
    getTranslations("suggestions"),
  ]);
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00+08:00`), "date");
  const common = { tenantSlug: tenant.slug, id: s.id };
  const choices = v.choices ?? { units: [], leaders: [], committees: [] };
  const key = { isKey: s.isKey, supervisingLeaderId: s.supervisingLeaderId, pushingCommitteeId: s.pushingCommitteeId };
  const clock = v.clock && {
    dueOn: day(v.clock.dueOn),
    viewDueOn: day(v.clock.viewDueOn),
    handlingDays: v.clock.handlingDays,
    viewDays: v.clock.viewDays,
    unconfirmedYears: v.clock.unconfirmedYears,
  };
  const requested = s.assignments.filter((a) => a.active && a.handbackRequestedAt);
  return (
    <Card as="section" aria-labelledby="review-panel">
      <CardHeader>
        <CardTitle id="review-panel">{t("title")}</CardTitle>
      </CardHeader>
      <CardBody className="space-y-4">
        {s.status === "HANDBACK_REQUESTED" && requested.length > 0 && (
          <ul className="space-y-1 text-sm text-gray-800">
            {requested.map((a) => (
              <li key={a.id}>{t("handbackReason", { unit: a.unitName, reason: a.handbackReason ?? "" })}</li>
            ))}
          </ul>
        )}
        {s.moves.includes("accept") && <ReasonMove {...common} action="accept" />}
        {s.moves.includes("assign") && clock && (
          <AssignForm
            {...common}
            mode="assign"
            units={choices.units}
            leaders={choices.leaders}
            committees={choices.committees}
            key_={key}
            clock={clock}
          />
        )}
        {s.moves.includes("reassign") && clock && (
          <AssignForm
            {...common}
            mode="reassign"
            units={choices.units}
            leaders={choices.leaders}
            committees={choices.committees}
            key_={key}
            clock={clock}
          />
        )}
        {s.moves.includes("refuseHandback") && <ReasonMove {...common} action="refuseHandback" />}
        {s.moves.includes("return") && <ReasonMove {...common} action="return" />}
        {s.moves.includes("convert") && s.kind === "MOTION" && <ReasonMove {...common} action="convert" />}
        {s.moves.includes("merge") && (
          <MergeForm
            {...common}
            candidates={v.candidates.map((c) => ({
              id: c.id,
              label: [c.number !== null ? base("number", { year: c.year, number: c.number }) : "", c.title]
                .filter(Boolean)
                .join(" "),
            }))}
          />
        )}
        {v.markKey && v.choices && (
          <KeyForm {...common} leaders={choices.leaders} committees={choices.committees} initial={key} />
        )}
        {v.handback &&
          (v.handback.open ? (
            <ReasonMove
              {...common}
              action="requestHandback"
              hint={t("handbackOpen", { day: day(v.handback.lastDay), days: v.handback.days })}
            />
          ) : (
            <p className="text-sm text-gray-700">{t("handbackClosed", { day: day(v.handback.lastDay) })}</p>
          ))}
        {v.letterIds.length > 0 && (
          <ul className="space-y-1 text-sm">
            {v.letterIds.map((id) => (
              <li key={id}>
                <a href={`/${tenant.slug}/console/suggestions/letters/${id}`} className={linkClasses}>
                  {t("letter")}
                </a>
              </li>
            ))}
          </ul>
        )}
        {v.office && (
          <Link href={`/${tenant.slug}/console/suggestions/letters`} className={`${linkClasses} text-sm`}>
            {t("letters")}
          </Link>
        )}
      </CardBody>
    </Card>
  );
}
