import { labels, type Lang } from "../vocabulary";

/**
 * The tooltip of one membership (actor, camp, role, valid from, valid to), read from the fields
 * actorFull, camp, role, validFrom and validTo: the same on the membership timeline and the
 * camps-on-a-date chart.
 */
export function membershipTooltip(lang: Lang) {
  return [
    { field: "actorFull", title: labels.axes.actor[lang] },
    { field: "camp", title: labels.axes.camp[lang] },
    { field: "role", title: labels.axes.role[lang] },
    { field: "validFrom", title: labels.axes.from[lang] },
    { field: "validTo", title: labels.axes.to[lang] },
  ];
}
