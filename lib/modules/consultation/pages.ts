// The consultation module's face for the Pages Router: the public draft page (pages/[tenant]/consultations/[id])
// takes its props from here. Next refuses any module marked "server-only" in the Pages Router, so this face
// cannot carry the mark; it is server code all the same (getServerSideProps only), guarded at run time.
if (typeof window !== "undefined") throw new Error("lib/modules/consultation/pages.ts is server code");

export { consultationPageProps } from "./portal-page";
export type { ConsultationPageProps, IntlProps } from "./portal-page";
