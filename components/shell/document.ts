// What every document's <head> and <body> share, whichever router renders it (app/layout.tsx, pages/).
export const THEME_COLOR = "#991b1b";
export const BODY_CLASSES = "min-h-screen bg-stone-50 text-stone-900 antialiased";
