"use client";
// Role checkboxes. A role some module scopes (committee, unit, contact point …) asks which row it is scoped to;
// where the scope is optional, "not limited" is a choice too.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Checkbox, Select } from "@/components/ui";
import type { RoleGrant, ScopeChoices } from "@/lib/modules/identity/client";

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
type RoleName = (typeof ROLE_ORDER)[number];

type Props = {
  value: RoleGrant[];
  onChange: (grants: RoleGrant[]) => void;
  scopes: ScopeChoices;
  error?: string;
};

export function RoleFields({ value, onChange, scopes, error }: Props) {
  const t = useTranslations("console");
  const [remembered, setRemembered] = useState<Record<string, string>>(() =>
    Object.fromEntries(value.filter((g) => g.scopeId).map((g) => [g.role, g.scopeId!])),
  );
  const has = (role: string) => value.some((g) => g.role === role);
  const toggle = (role: RoleName, on: boolean) => {
    const rest = value.filter((g) => g.role !== role);
    const scope = scopes[role];
    const scopeId = scope ? (remembered[role] ?? (scope.required ? scope.options[0]?.id : undefined) ?? null) : null;
    onChange(on ? [...rest, { role, scopeId }] : rest);
  };
  const setScope = (role: RoleName, scopeId: string) => {
    setRemembered((s) => ({ ...s, [role]: scopeId }));
    onChange(value.map((g) => (g.role === role ? { ...g, scopeId: scopeId || null } : g)));
  };
  return (
    <fieldset className="space-y-2" aria-describedby={error ? "roles-error" : undefined}>
      <legend className="text-sm font-medium">{t("users.roles")}</legend>
      {ROLE_ORDER.map((role) => {
        const scope = scopes[role];
        return (
          <div key={role} className="flex flex-wrap items-center gap-3">
            <Checkbox
              name={`role-${role}`}
              label={t(`roles.${role}`)}
              checked={has(role)}
              onChange={(e) => toggle(role, e.currentTarget.checked)}
            />
            {scope && has(role) && (
              <Select
                aria-label={t("users.scopeOf", { role: t(`roles.${role}`) })}
                value={value.find((g) => g.role === role)?.scopeId ?? ""}
                onChange={(e) => setScope(role, e.currentTarget.value)}
                className="max-w-xs"
              >
                {!scope.required && <option value="">{t("users.scopeAny")}</option>}
                {scope.options.map((o) => (
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
