// The station page's citizen-messages block: this year's counts and a prominent link to write (the words come
// worded in the props: the page is a Pages Router page without this module's messages). No hooks, no client code.
import { buttonClasses, Card, CardBody } from "@/components/ui";
import type { StationMessagesBlock as Block } from "@/lib/modules/citizen-messages/client";

export function StationMessagesBlock({ block: b }: { block: Block }) {
  return (
    <section aria-labelledby="citizen-messages" className="space-y-3">
      <h2 id="citizen-messages" className="text-lg font-semibold text-gray-900">
        {b.title}
      </h2>
      <Card>
        <CardBody className="space-y-4">
          <p className="text-sm text-gray-700">{b.period}</p>
          <dl className="grid grid-cols-3 gap-2 text-center">
            {b.counts.map((c) => (
              <div key={c.key} className="rounded-md bg-gray-50 px-2 py-3">
                <dt className="text-sm text-gray-700">{c.label}</dt>
                <dd className="text-2xl font-semibold text-gray-900">{c.value}</dd>
              </div>
            ))}
          </dl>
          <p>
            <a href={b.write.href} className={`${buttonClasses("primary", "lg")} w-full sm:w-auto`}>
              {b.write.label}
            </a>
          </p>
          <p className="text-sm text-gray-600">
            {b.hint}{" "}
            <a href={b.track.href} className="font-medium text-brand-700 underline underline-offset-2">
              {b.track.label}
            </a>
          </p>
          {b.board ? (
            <p className="text-sm">
              <a href={b.board.href} className="font-medium text-brand-700 underline underline-offset-2">
                {b.board.label}
              </a>
            </p>
          ) : null}
        </CardBody>
      </Card>
    </section>
  );
}

/** The link under one listed deputy: 给某某留言. */
export function WriteToDeputyLink({ block, deputyId }: { block: Block; deputyId: string }) {
  const link = block.deputies.find((d) => d.id === deputyId);
  if (!link) return null;
  return (
    <a href={link.href} className="mt-1 inline-block text-sm font-medium text-brand-700 underline underline-offset-2">
      {link.label}
    </a>
  );
}
