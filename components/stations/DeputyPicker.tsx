"use client";
// Chooses deputies: the ones offered first (those grouped into the station) as checkboxes, and any other deputy
// of the city found by name (searchDeputies on the server). The chosen ids go to the form's owner.
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Button, Checkbox, Input } from "@/components/ui";
import { searchDeputiesAction } from "@/lib/modules/stations/client";

export type PickedDeputy = { id: string; name: string };
type Props = {
  tenantSlug: string;
  /** Offered first (the station's grouped deputies). */
  offered: PickedDeputy[];
  value: string[];
  onChange: (ids: string[]) => void;
  /** Names of chosen deputies not in `offered` (an existing day's or record's). */
  known?: PickedDeputy[];
  legend: string;
  error?: string;
};

export function DeputyPicker({ tenantSlug, offered, value, onChange, known = [], legend, error }: Props) {
  const t = useTranslations("stations.picker");
  const [extra, setExtra] = useState<PickedDeputy[]>(known.filter((k) => !offered.some((o) => o.id === k.id)));
  const [q, setQ] = useState("");
  const [found, setFound] = useState<PickedDeputy[] | null>(null);
  const [pending, start] = useTransition();
  const errorId = useId();
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...new Set([...value, id])] : value.filter((v) => v !== id));
  const search = () =>
    start(async () => {
      const r = await searchDeputiesAction(tenantSlug, q);
      setFound(r.ok ? r.data : []);
    });
  const all = [...offered, ...extra];
  return (
    <fieldset className="space-y-2" aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-gray-900">{legend}</legend>
      {all.length === 0 && <p className="text-sm text-gray-600">{t("noneOffered")}</p>}
      <div className="grid gap-x-4 sm:grid-cols-2">
        {all.map((d) => (
          <Checkbox
            key={d.id}
            label={d.name}
            checked={value.includes(d.id)}
            onChange={(e) => toggle(d.id, e.currentTarget.checked)}
          />
        ))}
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <label className="grow text-sm text-gray-700">
          {t("search")}
          <Input
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                search();
              }
            }}
            maxLength={50}
            autoComplete="off"
          />
        </label>
        <Button type="button" variant="secondary" onClick={search} disabled={pending}>
          {t("find")}
        </Button>
      </div>
      {found && (
        <ul className="space-y-1" aria-live="polite">
          {found.length === 0 && <li className="text-sm text-gray-600">{t("noResults")}</li>}
          {found.map((d) => (
            <li key={d.id} className="flex items-center justify-between gap-2 text-sm">
              <span>{d.name}</span>
              <Button
                type="button"
                size="sm"
                variant="ghost"
                disabled={value.includes(d.id)}
                onClick={() => {
                  if (!all.some((a) => a.id === d.id)) setExtra([...extra, { id: d.id, name: d.name }]);
                  toggle(d.id, true);
                }}
              >
                {value.includes(d.id) ? t("added") : t("add")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
