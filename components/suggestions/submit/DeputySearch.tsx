"use client";
// Chooses deputies of the city in office by name (searchSuggestionDeputiesAction): one (the lead deputy the office
// enters a suggestion for) or several (the co-signers). The chosen ones are listed with a button to take each off.
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Button, Input } from "@/components/ui";
import { searchSuggestionDeputiesAction, type PickedDeputy } from "@/lib/modules/suggestions/client";

type Props = {
  tenantSlug: string;
  legend: string;
  hint?: string;
  value: PickedDeputy[];
  onChange: (chosen: PickedDeputy[]) => void;
  /** One deputy only: choosing another replaces them. */
  single?: boolean;
  /** Never offered (the lead, among co-signers). */
  exclude?: string[];
  error?: string;
};

export function DeputySearch({ tenantSlug, legend, hint, value, onChange, single, exclude = [], error }: Props) {
  const t = useTranslations("suggestionsSubmit.picker");
  const [q, setQ] = useState("");
  const [found, setFound] = useState<PickedDeputy[] | null>(null);
  const [pending, start] = useTransition();
  const errorId = useId();
  const hintId = useId();
  const search = () =>
    start(async () => {
      const r = await searchSuggestionDeputiesAction(tenantSlug, q);
      setFound(r.ok ? r.data.filter((d) => !exclude.includes(d.id)) : []);
    });
  const chosen = (id: string) => value.some((v) => v.id === id);
  const add = (d: PickedDeputy) => onChange(single ? [d] : [...value, d]);
  return (
    <fieldset
      className="min-w-0 space-y-2"
      aria-describedby={[hint ? hintId : "", error ? errorId : ""].join(" ").trim() || undefined}
    >
      <legend className="text-sm font-medium text-gray-900">{legend}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-gray-600">
          {hint}
        </p>
      )}
      {value.length > 0 ? (
        <ul className="flex flex-wrap gap-2">
          {value.map((d) => (
            <li key={d.id} className="flex items-center gap-1 rounded-md border border-gray-300 py-0.5 pl-2 text-sm">
              <span>
                {d.name}
                {d.delegation && <span className="text-gray-600"> · {d.delegation}</span>}
              </span>
              <Button
                type="button"
                size="sm"
                variant="ghost"
                aria-label={t("remove", { name: d.name })}
                onClick={() => onChange(value.filter((v) => v.id !== d.id))}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-gray-600">{t("none")}</p>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <label className="min-w-0 grow text-sm text-gray-700">
          {t("search", { legend })}
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
        <Button
          type="button"
          variant="secondary"
          onClick={search}
          disabled={pending}
          aria-label={t("findFor", { legend })}
        >
          {t("find")}
        </Button>
      </div>
      {found && (
        <ul className="space-y-1" aria-live="polite">
          {found.length === 0 && <li className="text-sm text-gray-600">{t("noResults")}</li>}
          {found.map((d) => (
            <li key={d.id} className="flex items-center justify-between gap-2 text-sm">
              <span className="min-w-0 break-words">
                {d.name}
                {d.delegation && <span className="text-gray-600"> · {d.delegation}</span>}
              </span>
              <Button type="button" size="sm" variant="ghost" disabled={chosen(d.id)} onClick={() => add(d)}>
                {chosen(d.id) ? t("added") : t("add")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
