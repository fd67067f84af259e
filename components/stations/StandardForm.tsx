"use client";
// The city's standard: its name (六有, 四个五 …) and its items — added, renamed, moved up or down, retired (a
// retired item keeps the evidence given for it, and can be brought back).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/legislation/FormAlert";
import { useActionForm } from "@/components/forms/useActionForm";
import { Alert, Button, Checkbox, Field, Input } from "@/components/ui";
import { updateStandardAction, type Standard } from "@/lib/modules/stations/client";

type Item = { key: string; id: string; label: string; guidance: string; active: boolean };

export function StandardForm({ tenantSlug, standard }: { tenantSlug: string; standard: Standard }) {
  const t = useTranslations("stations.standard");
  const router = useRouter();
  const [name, setName] = useState(standard.name);
  const [items, setItems] = useState<Item[]>(standard.items.map((i, n) => ({ ...i, key: i.id || `d${n}` })));
  const [saved, setSaved] = useState(false);
  const { pending, error, submit, fieldError } = useActionForm((input) => updateStandardAction(tenantSlug, input));
  const set = (key: string, patch: Partial<Item>) =>
    setItems(items.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const move = (n: number, by: number) => {
    const next = [...items];
    const [it] = next.splice(n, 1);
    next.splice(n + by, 0, it!);
    setItems(next);
  };
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaved(false);
    const input = { name, items: items.map(({ id, label, guidance, active }) => ({ id, label, guidance, active })) };
    submit(input, () => {
      setSaved(true);
      router.refresh();
    });
  }
  return (
    <form noValidate onSubmit={onSubmit} className="max-w-2xl space-y-4">
      <FormAlert error={error} shown={["name"]} />
      {saved && <Alert tone="success">{t("saved")}</Alert>}
      <Field label={t("name")} hint={t("nameHint")} error={fieldError("name")} required>
        <Input value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={50} autoComplete="off" />
      </Field>
      <ol className="space-y-3">
        {items.map((i, n) => (
          <li key={i.key} className="space-y-2 rounded-lg border border-gray-200 bg-white p-3">
            <Field label={t("itemN", { n: n + 1 })} error={fieldError(`items.${n}.label`)} required>
              <Input value={i.label} maxLength={100} onChange={(e) => set(i.key, { label: e.currentTarget.value })} />
            </Field>
            <Field label={t("guidance")} error={fieldError(`items.${n}.guidance`)}>
              <Input
                value={i.guidance}
                maxLength={500}
                onChange={(e) => set(i.key, { guidance: e.currentTarget.value })}
              />
            </Field>
            <div className="flex flex-wrap items-center gap-2">
              <Checkbox
                label={t("active")}
                checked={i.active}
                onChange={(e) => set(i.key, { active: e.currentTarget.checked })}
              />
              <Button type="button" size="sm" variant="ghost" disabled={n === 0} onClick={() => move(n, -1)}>
                {t("up")}
              </Button>
              <Button
                type="button"
                size="sm"
                variant="ghost"
                disabled={n === items.length - 1}
                onClick={() => move(n, 1)}
              >
                {t("down")}
              </Button>
              {!i.id && (
                <Button
                  type="button"
                  size="sm"
                  variant="ghost"
                  onClick={() => setItems(items.filter((x) => x.key !== i.key))}
                >
                  {t("discard")}
                </Button>
              )}
            </div>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          variant="secondary"
          onClick={() => setItems([...items, { key: `n${Date.now()}`, id: "", label: "", guidance: "", active: true }])}
        >
          {t("add")}
        </Button>
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
