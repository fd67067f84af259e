// What scripts/server.mjs (the production server of `npm start`) runs beside Next's request handler, compiled to
// JavaScript by `npm run build` (scripts/build-server.mjs → .next/lianxin/server-runtime.mjs), so production
// loads no TypeScript at run time: the opinion intake's fast path, the page cache in front of Next, and the
// background job runtime.
import "@/lib/node-globals";
export { handleOpinionIntake } from "@/lib/modules/consultation";
export { handleMessageIntake } from "@/lib/modules/citizen-messages";
export { handleCachedRoute } from "@/lib/cache";
export { stampPeerAddress } from "@/lib/peer-address";
export { startJobRuntime, jobsInProcess } from "@/lib/jobs";
