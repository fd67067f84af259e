// Public side of a consultation: the open list with counts, the draft page, receipts and the public summary.
export {};
