import type { Chart, Lang } from "../vocabulary";
import { alignmentMatrixChart } from "./alignment-matrix";
import { campMembershipTimelineChart } from "./camp-membership-timeline";
import { campsOnDateChart } from "./camps-on-date";
import { claimVerdictsChart } from "./claim-verdicts";
import { coalitionNetworkChart } from "./coalition-network";
import { coalitionStructureChart } from "./coalition-structure";
import { eventsTimelineChart } from "./events-timeline";
import { participationChart } from "./participation";
import { populationCompositionChart } from "./population-composition";
import type { ChartData } from "./data";
import { sectVersusCoalitionChart } from "./sect-versus-coalition";
import { talkRoundsTimelinePlotlyChart } from "./talk-rounds-timeline-plotly";
import { talkRoundsTimelineChart } from "./talk-rounds-timeline-vega";
import { verdictsByParagraphChart } from "./verdicts-by-paragraph";

/** Every chart of the library, built from the dataset in one language: what `npm run figures` exports. */
export function allCharts(data: ChartData, lang: Lang = "en"): Chart[] {
  const options = { lang };
  return [
    coalitionStructureChart(data, options),
    coalitionNetworkChart(data, options),
    alignmentMatrixChart(data, options),
    campMembershipTimelineChart(data, options),
    campsOnDateChart(data, options),
    talkRoundsTimelineChart(data, options),
    talkRoundsTimelinePlotlyChart(data, options),
    populationCompositionChart(data, options),
    sectVersusCoalitionChart(data, options),
    eventsTimelineChart(data, options),
    participationChart(data, options),
    claimVerdictsChart(data, options),
    verdictsByParagraphChart(data, options),
  ];
}
