// The consultation module's demo data (manifest `seeders`).
export { seedConsultationDemo } from "./chengdu-consultation";
