// One JSON file per namespace; lib/i18n/messages.ts merges them. Add a namespace here when you add a file.
import auth from "./auth.json";
import common from "./common.json";
import console_ from "./console.json";
import consultation from "./consultation.json";
import consultationPublic from "./consultationPublic.json";
import consultationTerms from "./consultationTerms.json";
import contactPoints from "./contactPoints.json";
import errors from "./errors.json";
import legislation from "./legislation.json";
import legislationPublic from "./legislationPublic.json";
import legislationTerms from "./legislationTerms.json";
import platform from "./platform.json";
import portal from "./portal.json";
import shell from "./shell.json";
import validation from "./validation.json";

const messages = {
  auth,
  common,
  console: console_,
  consultation,
  consultationPublic,
  consultationTerms,
  contactPoints,
  errors,
  legislation,
  legislationPublic,
  legislationTerms,
  platform,
  portal,
  shell,
  validation,
};
export default messages;
