import type { Datum } from "plotly.js";
import type { PlotlyChart } from "../vocabulary";
import { labels, localName, nameLines } from "../vocabulary";
import { chartMeta } from "./meta";
import type { ChartOptions } from "./options";
import { participationColors } from "./palette";
import { plotlyBaseLayout, plotlyConfig } from "./plotly-layout";
import { participantRoleOrder, participationIn, type ParticipantRole } from "../analysis";
import type { Lang } from "../vocabulary";
import type { ChartData } from "./data";
import { collectSourceIds, sourceLines } from "./source-line";

/** Options of the participation chart. */
export interface ParticipationOptions extends ChartOptions {
  /** Year whose rounds are the columns (default 2017). */
  year?: number;
}

type GridData = Pick<ChartData, "talkRounds" | "roundParticipants" | "actors">;

/** One actor at one round: the role the cell is coloured by, and every role it had there. */
interface ParticipationCell {
  /** First of the actor's roles at the round in participantRoleOrder, or "absent". */
  role: ParticipantRole | "absent";
  /** All the actor's roles at the round, localised, joined by ", " (empty when absent). */
  roles: string;
}

/**
 * The grid of analysis/talks.ts participationIn, with the actors ordered so
 * that actors of the same role sit together: by their main role, then rounds
 * attended, then name.
 */
function participationGrid(data: GridData, year: number, lang: Lang) {
  const participation = participationIn(data, year);
  const { rounds, rows } = participation;
  const names = new Map(data.actors.map((actor) => [actor.actor_id, localName(actor, lang)]));
  const cellOf = (actorId: string, roundId: string): ParticipationCell => {
    const roles = participation.rolesAt(actorId, roundId);
    return { role: roles[0] ?? "absent", roles: roles.map((role) => labels.participantRoles[role][lang]).join(", ") };
  };
  const mainRole = (actorId: string) => {
    const counts = participantRoleOrder.map((role) => rows.filter((row) => row.actor_id === actorId && row.role === role).length);
    return counts.indexOf(Math.max(...counts));
  };
  const attended = (actorId: string) => new Set(rows.filter((row) => row.actor_id === actorId).map((row) => row.round_id)).size;
  const actors = [...new Set(rows.map((row) => row.actor_id))]
    .map((actorId) => ({ actorId, name: names.get(actorId) ?? actorId }))
    .sort((a, b) => mainRole(a.actorId) - mainRole(b.actorId) || attended(b.actorId) - attended(a.actorId) || a.name.localeCompare(b.name));
  return { rounds, rows, actors, cells: actors.map((actor) => rounds.map((round) => cellOf(actor.actorId, round.round_id))) };
}

/**
 * Actors × the rounds of one year (Astana and Geneva, in date order): each cell
 * coloured by the actor's role at the round, light grey when absent. A heatmap
 * with a stepped colour scale draws the grid; one legend-only trace per role
 * gives the categorical legend a colour bar cannot. An actor with several roles
 * at a round is coloured by the first in role order; the hover text lists all.
 */
export function participationChart(
  data: Pick<ChartData, "talkRounds" | "roundParticipants" | "actors" | "sources">,
  { lang = "en", year = 2017 }: ParticipationOptions = {},
): PlotlyChart {
  const grid = participationGrid(data, year, lang);
  const categories = [...participantRoleOrder, "absent"] as const;
  const sourceIds = collectSourceIds(grid.rounds, grid.rows);
  const roundLabels = grid.rounds.map((round) => (lang === "en" ? round.label_en : round.label_ind));
  const actorNames = grid.actors.map((actor) => nameLines(actor.name, 32).join("<br>"));
  const n = categories.length;
  // Stepped colour scale: z = category index, each index owns one n-th of [0, 1].
  const colorscale = categories.flatMap((category, index): Array<[number, string]> => [
    [index / n, participationColors[category]],
    [(index + 1) / n, participationColors[category]],
  ]);
  const title = `${labels.titles.participation[lang]}, ${year}`;
  const base = plotlyBaseLayout(title, sourceLines(sourceIds, data.sources, lang), lang, 80);
  const leftMargin = 230;
  // The source line starts under the actor names, not under the plot, and below the slanted round labels.
  const [sourceNote] = base.annotations;
  const margin = base.margin;
  // Height of the slanted round labels (-40°, 12 px font: about 6.6 px a character), then the axis title.
  const tickHeight = Math.round(Math.max(...roundLabels.map((label) => label.length)) * 6.6 * Math.sin((40 * Math.PI) / 180)) + 12;
  const noteShift = tickHeight + 36;
  return {
    library: "plotly",
    meta: chartMeta(`participation-${year}`, "participation", lang, ["actors", "round_participants", "talk_rounds"], sourceIds),
    figure: {
      data: [
        {
          type: "heatmap",
          x: roundLabels,
          y: actorNames,
          z: grid.cells.map((row) => row.map((cell) => categories.indexOf(cell.role))),
          zmin: -0.5,
          zmax: n - 0.5,
          colorscale,
          showscale: false,
          xgap: 2,
          ygap: 2,
          // A heatmap takes one array per cell (read as %{customdata[i]}); @types/plotly.js allows two levels only.
          customdata: grid.cells.map((row, a) =>
            row.map((cell, r) => [grid.actors[a].name, roundLabels[r], cell.roles || labels.participantRoles.absent[lang], grid.rounds[r].start_date]),
          ) as unknown as Datum[][],
          hovertemplate: "%{customdata[0]}<br>%{customdata[1]} (%{customdata[3]})<br>%{customdata[2]}<extra></extra>",
        },
        // Legend only: a square per role, drawn nowhere.
        ...categories.map((category) => ({
          type: "scatter" as const,
          mode: "markers" as const,
          name: labels.participantRoles[category][lang],
          x: [null],
          y: [null],
          showlegend: true,
          hoverinfo: "skip" as const,
          marker: { symbol: "square", size: 14, color: participationColors[category], line: { width: 1, color: "#999999" } },
        })),
      ],
      layout: {
        ...base,
        // The base layout keeps 70 px under the plot for the axis; here it is noteShift.
        margin: { ...margin, l: leftMargin, b: (margin.b ?? 0) - 70 + noteShift + 8 },
        annotations: [{ ...sourceNote, xshift: -(leftMargin - 20), yshift: -noteShift }],
        xaxis: {
          type: "category",
          categoryorder: "array",
          categoryarray: roundLabels,
          title: { text: labels.axes.roundInYear[lang].replace("{year}", String(year)) },
          tickangle: -40,
          showgrid: false,
        },
        yaxis: { type: "category", categoryorder: "array", categoryarray: actorNames, autorange: "reversed", title: { text: labels.axes.actor[lang], standoff: 10 }, showgrid: false },
        legend: { orientation: "h", x: 0, y: 1.01, yanchor: "bottom", title: { text: `${labels.legends.roleAtRound[lang]}: ` } },
      },
      config: plotlyConfig,
    },
  };
}
