import type { ChartData } from "./data";
import { primaryCampByActor } from "../analysis";

export interface Point {
  x: number;
  y: number;
}

/** Where the network draws each camp hub and each actor. */
export interface NetworkLayout {
  camps: Map<string, Point>;
  actors: Map<string, Point>;
  /** The camp an actor is drawn in, or undefined for actors of no camp. */
  campOfActor: Map<string, string | undefined>;
}

/** Unaligned actors share a pseudo-camp slot on the circle. */
const unalignedSlot = "";

/**
 * Deterministic layout, no random seed: camp hubs evenly on a circle (first camp
 * at the top, clockwise), each camp's actors on a ring around their hub, in
 * actor-id order. Actors that no camp claims (support targets only) form one
 * more ring. Ring radii grow with the member count so labels have room, and
 * the hub circle grows with the largest ring so rings never overlap.
 */
export function networkLayout(data: Pick<ChartData, "actors" | "camps" | "alignments" | "supportLinks">): NetworkLayout {
  const primary = primaryCampByActor(data);
  const linked = new Set(data.supportLinks.flatMap((link) => [link.from_actor_id, link.to_actor_id]));
  const shown = data.actors
    .filter((actor) => primary.has(actor.actor_id) || linked.has(actor.actor_id))
    .map((actor) => actor.actor_id)
    .sort();
  const slots = data.camps.map((camp) => camp.camp_id);
  if (shown.some((id) => !primary.has(id))) slots.push(unalignedSlot);

  const camps = new Map<string, Point>();
  const actors = new Map<string, Point>();
  const campOfActor = new Map<string, string | undefined>();
  const membersBySlot = slots.map((slot) => shown.filter((id) => (primary.get(id) ?? unalignedSlot) === slot));
  const ringRadii = membersBySlot.map((members) => 1.6 + 0.3 * members.length);
  // Hubs far enough apart that the two largest rings do not touch, with room for labels.
  const hubRadius = slots.length > 1 ? (2 * Math.max(...ringRadii) + 4) / (2 * Math.sin(Math.PI / slots.length)) : 0;
  slots.forEach((slot, index) => {
    const angle = Math.PI / 2 - (2 * Math.PI * index) / slots.length;
    const hub = { x: round(hubRadius * Math.cos(angle)), y: round(hubRadius * Math.sin(angle)) };
    if (slot !== unalignedSlot) camps.set(slot, hub);
    const members = membersBySlot[index];
    members.forEach((actorId, memberIndex) => {
      const memberAngle = angle + Math.PI - (2 * Math.PI * (memberIndex + 0.5)) / members.length;
      actors.set(actorId, { x: round(hub.x + ringRadii[index] * Math.cos(memberAngle)), y: round(hub.y + ringRadii[index] * Math.sin(memberAngle)) });
      campOfActor.set(actorId, slot === unalignedSlot ? undefined : slot);
    });
  });
  return { camps, actors, campOfActor };
}

/** Fixed precision keeps the SVG byte-stable across platforms' float printing. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
