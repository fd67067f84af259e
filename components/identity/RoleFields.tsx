"use client";
// Role checkboxes; committee and unit roles ask which committee / unit they are scoped to.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Checkbox, Select } from "@/components/ui";
import type { RoleGrant } from "@/lib/modules/identity/schemas";

export type ScopeOption = { id: string; name: string };
const ROLE_ORDER = [
  "admin",
  "legislative",
  "committee",
  "deputyAffairs",
  "leader",
  "station",
  "contactPoint",
  "unit",
  "deputy",
] as const;

type Props = {
  value: RoleGrant[];
  onChange: (grants: RoleGrant[]) => void;
  committees: ScopeOption[];
  units: ScopeOption[];
  error?: string;
};

export function RoleFields({ value, onChange, committees, units, error }: Props) {
  const t = useTranslations("console");
  const [scopes, setScopes] = useState<Record<string, string>>(() =>
    Object.fromEntries(value.filter((g) => g.scopeId).map((g) => [g.role, g.scopeId!])),
  );
  const has = (role: string) => value.some((g) => g.role === role);
  const options = (role: string) => (role === "committee" ? committees : role === "unit" ? units : null);
  const toggle = (role: (typeof ROLE_ORDER)[number], on: boolean) => {
    const rest = value.filter((g) => g.role !== role);
    const scopeId = options(role) ? (scopes[role] ?? options(role)![0]?.id ?? null) : null;
    onChange(on ? [...rest, { role, scopeId }] : rest);
  };
  const setScope = (role: (typeof ROLE_ORDER)[number], scopeId: string) => {
    setScopes((s) => ({ ...s, [role]: scopeId }));
    onChange(value.map((g) => (g.role === role ? { ...g, scopeId } : g)));
  };
  return (
    <fieldset className="space-y-2" aria-describedby={error ? "roles-error" : undefined}>
      <legend className="text-sm font-medium">{t("users.roles")}</legend>
      {ROLE_ORDER.map((role) => {
        const opts = options(role);
        return (
          <div key={role} className="flex flex-wrap items-center gap-3">
            <Checkbox
              name={`role-${role}`}
              label={t(`roles.${role}`)}
              checked={has(role)}
              onChange={(e) => toggle(role, e.currentTarget.checked)}
            />
            {opts && has(role) && (
              <Select
                aria-label={t("users.scopeOf", { role: t(`roles.${role}`) })}
                value={value.find((g) => g.role === role)?.scopeId ?? ""}
                onChange={(e) => setScope(role, e.currentTarget.value)}
                className="max-w-xs"
              >
                {opts.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </Select>
            )}
          </div>
        );
      })}
      {error && (
        <p id="roles-error" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
