// The units' handling and the deputy's feedback on one suggestion: the record (replies with their letters and
// ratings, the assisting units' views, 三见面 contacts, 约见 meetings) and the forms of what this viewer may do now
// — the assisting unit's view, the lead unit's contact, reply and follow-up, the lead deputy's rating, the
// office's reopening, the supervising leader's meeting. Nothing shows before the suggestion is assigned.
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui";
import { addShanghaiDays, todayInShanghai } from "@/lib/dates";
import { ASSIGNED_STATUSES, handlingPowers, handlingRecords, suggestionSettings } from "@/lib/modules/suggestions";
import { FollowUpForm } from "./handling/FollowUpForm";
import { HandlingRecords } from "./handling/HandlingRecords";
import { RateForm } from "./handling/RateForm";
import { ContactForm, MeetingForm, ReopenForm, ViewForm } from "./handling/RecordForms";
import { ReplyForm } from "./handling/ReplyForm";
import type { PanelProps } from "./panel-props";

export async function HandlingPanel({ tenant, viewer, s }: PanelProps) {
  if (!ASSIGNED_STATUSES.includes(s.status)) return null;
  const [records, t, format] = await Promise.all([
    handlingRecords(tenant.id, s),
    getTranslations("suggestionsHandling"),
    getFormatter(),
  ]);
  const powers = handlingPowers(viewer, s);
  const settings = suggestionSettings(tenant.settings);
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00+08:00`), "date");
  const today = todayInShanghai();
  const tomorrow = todayInShanghai(addShanghaiDays(new Date(), 1));
  const common = { tenantSlug: tenant.slug, id: s.id };
  const unitNames = new Map(s.assignments.map((a) => [a.unitId, a.unitName]));
  const missingViews = s.assignments.filter((a) => a.active && a.role === "ASSIST" && !a.viewAt).map((a) => a.unitName);
  return (
    <Card as="section" aria-labelledby="handling">
      <CardHeader>
        <CardTitle id="handling">{t("title")}</CardTitle>
      </CardHeader>
      <CardBody className="space-y-6">
        <HandlingRecords tenantSlug={tenant.slug} records={records} views={powers.views} unitNames={unitNames} />
        <div className="space-y-4">
          {powers.viewAssignment && (
            <ViewForm
              {...common}
              dueOn={powers.viewAssignment.viewDueOn ? day(powers.viewAssignment.viewDueOn) : null}
              body={powers.viewAssignment.viewBody}
            />
          )}
          {powers.reply && (
            <ReplyForm
              {...common}
              rehandle={s.rehandleCount > 0}
              dueOn={s.dueOn ? day(s.dueOn) : null}
              minPromised={tomorrow}
              missingViews={missingViews}
            />
          )}
          {powers.followUp && (
            <FollowUpForm {...common} promisedOn={s.promisedOn ? day(s.promisedOn) : null} minPromised={tomorrow} />
          )}
          {powers.contact && <ContactForm {...common} today={today} />}
          {powers.rate && (
            <RateForm
              {...common}
              rehandleLeft={s.rehandleCount < s.rehandleAllowance}
              rehandleDays={settings.rehandleWorkingDays}
            />
          )}
          {powers.reopen && <ReopenForm {...common} days={settings.rehandleWorkingDays} />}
          {powers.meeting && <MeetingForm {...common} today={today} />}
        </div>
      </CardBody>
    </Card>
  );
}
