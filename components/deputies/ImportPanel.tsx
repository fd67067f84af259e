"use client";
// The import's steps on one page: choose the .xlsx → check it (every error, by row and column, as a table and a
// downloadable list) → import all rows if every one is valid, or, told how many (N of M), the valid rows only.
// The file is sent again for the import itself: the server checks it once more inside the transaction.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRef, useState, useTransition } from "react";
import { Alert, Button, Field, Input, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { Failure, Result } from "@/lib/errors";
import { IMPORT_COLUMNS, type ImportDone, type ImportError, type ImportReport } from "@/lib/modules/deputies/client";

const SHOWN = 1000;
const HEADER = new Map<string, string>(IMPORT_COLUMNS.map((c) => [c.key, c.header]));

type Props = { uploadUrl: string; listUrl: string };

export function ImportPanel({ uploadUrl, listUrl }: Props) {
  const t = useTranslations("deputies.import");
  const fileRef = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<ImportDone | null>(null);
  const [failure, setFailure] = useState<Failure["error"] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, start] = useTransition();

  const send = (mode: "check" | "all" | "valid", expected?: number) =>
    start(async () => {
      const file = fileRef.current?.files?.[0];
      const body = new FormData();
      if (file) body.set("file", file);
      body.set("mode", mode);
      if (expected !== undefined) body.set("expected", String(expected));
      let result: Result<ImportReport | ImportDone>;
      try {
        const res = await fetch(uploadUrl, { method: "POST", body });
        const json = (await res.json()) as { data?: ImportReport | ImportDone; error?: Failure["error"] };
        result = json.data ? { ok: true, data: json.data } : { ok: false, error: json.error! };
      } catch {
        result = { ok: false, error: { code: "BAD_REQUEST", message: t("failed") } };
      }
      setConfirming(false);
      if (!result.ok) return setFailure(result.error);
      setFailure(null);
      if (result.data.kind === "report") setReport(result.data);
      else {
        setDone(result.data);
        setReport(null);
      }
    });

  const message = (e: ImportError) => t(`errors.${e.code}`, { first: e.firstRow ?? 0 });
  const download = () => {
    if (!report) return;
    const cell = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
    const lines = [
      [t("row"), t("column"), t("value"), t("problem")].map(cell).join(","),
      ...report.errors.map((e) => [e.row, HEADER.get(e.column) ?? e.column, e.value, message(e)].map(cell).join(",")),
    ];
    // A byte-order mark, so Excel opens the UTF-8 list with its Chinese intact.
    const blob = new Blob(["\uFEFF" + lines.join("\r\n")], { type: "text/csv;charset=utf-8" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = `${t("reportFile")}-${report.fileName.replace(/\.xlsx$/i, "")}.csv`;
    a.click();
    URL.revokeObjectURL(a.href);
  };

  return (
    <div className="space-y-4">
      <Field label={t("file")} error={failure?.fieldErrors?.file?.join(" ")}>
        <Input
          ref={fileRef}
          type="file"
          name="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={() => {
            setReport(null);
            setDone(null);
            setFailure(null);
          }}
        />
      </Field>
      <Button type="button" onClick={() => send("check")} disabled={pending}>
        {pending ? t("checking") : t("check")}
      </Button>
      {failure && !failure.fieldErrors?.file && <Alert tone="error">{failure.message}</Alert>}
      {done && (
        <Alert tone="success">
          {done.skipped ? t("doneSkipped", done) : t("done", done)}{" "}
          <Link href={listUrl} className="underline">
            {t("toList")}
          </Link>
        </Alert>
      )}
      {report && (
        <section aria-labelledby="import-report" className="space-y-3">
          <h2 id="import-report" className="text-lg font-semibold text-gray-900">
            {report.errors.length === 0
              ? t("allValid", { total: report.total })
              : t("summary", {
                  total: report.total,
                  valid: report.valid,
                  invalid: report.invalidRows,
                  errors: report.errors.length,
                })}
          </h2>
          {report.errors.length === 0 ? (
            <Button type="button" onClick={() => send("all")} disabled={pending}>
              {pending ? t("importing") : t("importAll", { total: report.total })}
            </Button>
          ) : (
            <>
              <Alert tone="warning">{t("nothingStored")}</Alert>
              <div className="flex flex-wrap gap-3">
                <Button type="button" variant="secondary" onClick={download}>
                  {t("download")}
                </Button>
                {report.valid > 0 && !confirming && (
                  <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
                    {t("importValid")}
                  </Button>
                )}
              </div>
              {confirming && (
                <div role="group" aria-labelledby="confirm-valid" className="space-y-3 rounded-lg border p-4">
                  <p id="confirm-valid">
                    {t("confirmValid", {
                      valid: report.valid,
                      total: report.total,
                      skipped: report.total - report.valid,
                    })}
                  </p>
                  <div className="flex flex-wrap gap-3">
                    <Button type="button" onClick={() => send("valid", report.valid)} disabled={pending}>
                      {pending ? t("importing") : t("confirm", { valid: report.valid })}
                    </Button>
                    <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
                      {t("cancel")}
                    </Button>
                  </div>
                </div>
              )}
              <h3 className="font-semibold text-gray-900">{t("errorsTitle")}</h3>
              {report.errors.length > SHOWN && (
                <p className="text-sm text-gray-700">{t("truncated", { shown: SHOWN })}</p>
              )}
              <p className="text-sm text-gray-600 md:hidden">{t("scrollHint")}</p>
              <Table label={t("errorsTitle")}>
                <THead>
                  <Tr>
                    <Th>{t("row")}</Th>
                    <Th>{t("column")}</Th>
                    <Th>{t("value")}</Th>
                    <Th>{t("problem")}</Th>
                  </Tr>
                </THead>
                <TBody>
                  {report.errors.slice(0, SHOWN).map((e, i) => (
                    <Tr key={i}>
                      <Td className="tabular-nums">{e.row}</Td>
                      <Td className="whitespace-nowrap">{HEADER.get(e.column) ?? e.column}</Td>
                      <Td className="max-w-48 break-all">{e.value}</Td>
                      <Td className="min-w-56">{message(e)}</Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            </>
          )}
        </section>
      )}
    </div>
  );
}
