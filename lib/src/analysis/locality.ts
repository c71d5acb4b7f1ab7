import type { CampMakeup } from "./coalitions";

/**
 * Per camp of a {@link campMakeup} by locality: its local (Syrian) and foreign members, their
 * number and the foreign share in percent (one decimal), the highest share first (camps in id
 * order within a share): the chain notebook 01 shows in its analysis cell, verb for verb
 * (test/notebooks/visible-analysis.test.ts compares them).
 */
export function campLocality(makeup: CampMakeup) {
  return makeup
    .derive({ members: (camp) => Number(camp.local) + Number(camp.foreign) })
    .derive({ foreign_share_pct: (camp) => Math.round((1000 * Number(camp.foreign)) / camp.members) / 10 })
    .sort("foreign_share_pct", { ascending: false })
    .select("camp_id", "local", "foreign", "members", "foreign_share_pct");
}

/** What {@link campLocality} returns: the locality table of notebook 01, which its findings take. */
export type CampLocality = ReturnType<typeof campLocality>;
