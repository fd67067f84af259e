"use client";
// The deputies grouped into a station (混合编组): each with their role, changed or removed in place; any deputy
// of the city is added through the search (the deputy-affairs office does this).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button, Input, Select } from "@/components/ui";
import {
  groupDeputyAction,
  searchDeputiesAction,
  STATION_ROLES,
  ungroupDeputyAction,
  type StationRole,
} from "@/lib/modules/stations/client";

type Member = { deputyId: string; name: string; role: StationRole; detail: string };
type Props = { tenantSlug: string; stationId: string; members: Member[]; editable: boolean };

export function GroupDeputies({ tenantSlug, stationId, members, editable }: Props) {
  const t = useTranslations("stations.group");
  const roles = useTranslations("stations.role");
  const router = useRouter();
  const [q, setQ] = useState("");
  const [role, setRole] = useState<StationRole>("RESIDENT");
  const [found, setFound] = useState<{ id: string; name: string; delegation: string }[] | null>(null);
  const [searching, start] = useTransition();
  const { pending, error, submit } = useActionForm(async (input) => {
    const i = input as { op: "add" | "remove"; deputyId: string; role?: StationRole };
    return i.op === "remove"
      ? ungroupDeputyAction(tenantSlug, { stationId, deputyId: i.deputyId })
      : groupDeputyAction(tenantSlug, { stationId, deputyId: i.deputyId, role: i.role });
  });
  const act = (input: unknown) => submit(input, () => router.refresh());
  const search = () =>
    start(async () => {
      const r = await searchDeputiesAction(tenantSlug, q);
      setFound(r.ok ? r.data : []);
    });
  return (
    <div className="space-y-4">
      <FormAlert error={error} shown={[]} />
      {members.length === 0 ? (
        <p className="text-sm text-gray-600">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white">
          {members.map((m) => (
            <li key={m.deputyId} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <div>
                <p className="font-medium text-gray-900">{m.name}</p>
                <p className="text-sm text-gray-600">{m.detail}</p>
              </div>
              {editable ? (
                <div className="flex items-center gap-2">
                  <Select
                    aria-label={t("roleOf", { name: m.name })}
                    value={m.role}
                    disabled={pending}
                    onChange={(e) => act({ op: "add", deputyId: m.deputyId, role: e.currentTarget.value })}
                  >
                    {STATION_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {roles(r)}
                      </option>
                    ))}
                  </Select>
                  <Button
                    type="button"
                    size="sm"
                    variant="ghost"
                    disabled={pending}
                    onClick={() => act({ op: "remove", deputyId: m.deputyId })}
                    aria-label={t("removeOf", { name: m.name })}
                  >
                    {t("remove")}
                  </Button>
                </div>
              ) : (
                <span className="text-sm text-gray-800">{roles(m.role)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="space-y-2">
          <div className="flex flex-wrap items-end gap-2">
            <label className="grow text-sm text-gray-700">
              {t("search")}
              <Input
                value={q}
                maxLength={50}
                autoComplete="off"
                onChange={(e) => setQ(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    search();
                  }
                }}
              />
            </label>
            <label className="text-sm text-gray-700">
              {t("role")}
              <Select value={role} onChange={(e) => setRole(e.currentTarget.value as StationRole)}>
                {STATION_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {roles(r)}
                  </option>
                ))}
              </Select>
            </label>
            <Button type="button" variant="secondary" onClick={search} disabled={searching}>
              {t("find")}
            </Button>
          </div>
          {found && (
            <ul className="space-y-1" aria-live="polite">
              {found.length === 0 && <li className="text-sm text-gray-600">{t("noResults")}</li>}
              {found.map((d) => {
                const already = members.some((m) => m.deputyId === d.id);
                return (
                  <li key={d.id} className="flex items-center justify-between gap-2 text-sm">
                    <span>
                      {d.name}
                      {d.delegation && <span className="text-gray-600"> · {d.delegation}</span>}
                    </span>
                    <Button
                      type="button"
                      size="sm"
                      variant="ghost"
                      disabled={already || pending}
                      onClick={() => act({ op: "add", deputyId: d.id, role })}
                    >
                      {already ? t("already") : t("add")}
                    </Button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
