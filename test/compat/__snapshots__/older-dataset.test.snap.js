/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["timeline, en, 900, chromium"] = 
`<div class="frame">
<div class="toolbar">
<div class="zoom" role="group" aria-label="Zoom">
<button type="button" aria-label="Zoom in" title="Zoom in"> + </button>
<button type="button" aria-label="Zoom out" title="Zoom out"> − </button>
<button type="button">Show all</button>
<button type="button" aria-label="Filter to this period: December 17, 2023 – January 15, 2025"> Filter to this period </button>
</div>
<ul class="legend" aria-label="Categories">
<li>
<button type="button" class="cat-0" aria-pressed="true">
<span class="swatch">
</span>
<span lang="en">Expression</span>
</button>
</li>
<li>
<button type="button" class="cat-1" aria-pressed="true">
<span class="swatch">
</span>
<span>Assembly</span>
</button>
</li>
</ul>
</div>
<p class="summary" id="summary" tabindex="-1">3 incidents between 2024 and September 2024.</p>
<div class="chart" role="group" aria-describedby="summary keyboard-help" aria-label="Incident timeline">
<p id="keyboard-help" class="visually-hidden">Arrow keys move between incidents, Enter opens one, + and − zoom, Escape closes. To filter a period, zoom to it and choose “Filter to this period”, or drag along the axis.</p>
<svg width="900" height="130" viewBox="0 0 900 130">
<defs>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-0" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-0">
</rect>
<g class="print-hatch">
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-1" patternTransform="rotate(45)">
<rect width="6" height="6" class="print-ground cat-1">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-2" patternTransform="rotate(-45)">
<rect width="6" height="6" class="print-ground cat-2">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-3" patternTransform="rotate(90)">
<rect width="6" height="6" class="print-ground cat-3">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-4" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-4">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-5" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-5">
</rect>
<g class="print-hatch">
<circle cx="3" cy="3" r="1.2">
</circle>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-6" patternTransform="rotate(45)">
<rect width="6" height="6" class="print-ground cat-6">
</rect>
<g class="print-hatch">
<path d="M0 0V6M0 0H6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-7" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-7">
</rect>
<g class="print-hatch">
<circle cx="3" cy="3" r="2.2">
</circle>
</g>
</pattern>
</defs>
<g class="lane" transform="translate(0 0)">
<text class="lane-label" x="0" y="12" lang="en">Expression</text>
<rect part="incident" role="button" class="mark cat-0 kind-year" data-id="unlocated" tabindex="0" aria-label="Website blocked, 2024, Expression, Location not stated" aria-pressed="false" x="34.1" y="21" width="831.8" height="12" rx="2">
<title>Website blocked, 2024, Expression, Location not stated</title>
</rect>
<rect part="incident" role="button" class="mark cat-0 kind-month" data-id="arrests" tabindex="-1" aria-label="Journalists arrested, September 2024, Expression, Capital, North" aria-pressed="false" x="588.6" y="39" width="68.2" height="12" rx="2">
<title>Journalists arrested, September 2024, Expression, Capital, North</title>
</rect>
</g>
<g class="lane" transform="translate(0 64)">
<text class="lane-label" x="0" y="12">Assembly</text>
<rect part="incident" role="button" class="mark cat-1 kind-period" data-id="protest-ban" tabindex="-1" aria-label="Protests banned, June 2024 – October 5, 2024, Assembly, South" aria-pressed="false" x="379.5" y="21" width="288.6" height="12" rx="2">
<title>Protests banned, June 2024 – October 5, 2024, Assembly, South</title>
</rect>
</g>
<g part="axis" transform="translate(0 100)">
<line x1="0" y1="0.5" y2="0.5" x2="900">
</line>
<g transform="translate(34.1 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Jan 2024</text>
</g>
<g transform="translate(240.9 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Apr 2024</text>
</g>
<g transform="translate(447.7 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Jul 2024</text>
</g>
<g transform="translate(656.8 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Oct 2024</text>
</g>
<g transform="translate(865.9 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Jan 2025</text>
</g>
<rect class="brush-band" x="0" y="0" width="900" height="30">
</rect>
</g>
</svg>
</div>
<ul class="kinds">
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-day" x="9" width="10" rx="5">
</rect>
</svg>a day</li>
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-month" x="1" width="26" rx="2">
</rect>
</svg>some time in this month or year</li>
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-period" x="1" width="26" rx="2">
</rect>
</svg>a period</li>
</ul>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="false" aria-controls="data-table"> Show data table </button>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot timeline, en, 900, chromium */

snapshots["timeline, en, 900, table, chromium"] = 
`<div class="frame">
<div class="toolbar">
<div class="zoom" role="group" aria-label="Zoom">
<button type="button" aria-label="Zoom in" title="Zoom in"> + </button>
<button type="button" aria-label="Zoom out" title="Zoom out"> − </button>
<button type="button">Show all</button>
<button type="button" aria-label="Filter to this period: December 17, 2023 – January 15, 2025"> Filter to this period </button>
</div>
<ul class="legend" aria-label="Categories">
<li>
<button type="button" class="cat-0" aria-pressed="true">
<span class="swatch">
</span>
<span lang="en">Expression</span>
</button>
</li>
<li>
<button type="button" class="cat-1" aria-pressed="true">
<span class="swatch">
</span>
<span>Assembly</span>
</button>
</li>
</ul>
</div>
<p class="summary" id="summary" tabindex="-1">3 incidents between 2024 and September 2024.</p>
<div class="chart" role="group" aria-describedby="summary keyboard-help" aria-label="Incident timeline">
<p id="keyboard-help" class="visually-hidden">Arrow keys move between incidents, Enter opens one, + and − zoom, Escape closes. To filter a period, zoom to it and choose “Filter to this period”, or drag along the axis.</p>
<svg width="900" height="130" viewBox="0 0 900 130">
<defs>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-0" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-0">
</rect>
<g class="print-hatch">
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-1" patternTransform="rotate(45)">
<rect width="6" height="6" class="print-ground cat-1">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-2" patternTransform="rotate(-45)">
<rect width="6" height="6" class="print-ground cat-2">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-3" patternTransform="rotate(90)">
<rect width="6" height="6" class="print-ground cat-3">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-4" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-4">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-5" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-5">
</rect>
<g class="print-hatch">
<circle cx="3" cy="3" r="1.2">
</circle>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-6" patternTransform="rotate(45)">
<rect width="6" height="6" class="print-ground cat-6">
</rect>
<g class="print-hatch">
<path d="M0 0V6M0 0H6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-7" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-7">
</rect>
<g class="print-hatch">
<circle cx="3" cy="3" r="2.2">
</circle>
</g>
</pattern>
</defs>
<g class="lane" transform="translate(0 0)">
<text class="lane-label" x="0" y="12" lang="en">Expression</text>
<rect part="incident" role="button" class="mark cat-0 kind-year" data-id="unlocated" tabindex="0" aria-label="Website blocked, 2024, Expression, Location not stated" aria-pressed="false" x="34.1" y="21" width="831.8" height="12" rx="2">
<title>Website blocked, 2024, Expression, Location not stated</title>
</rect>
<rect part="incident" role="button" class="mark cat-0 kind-month" data-id="arrests" tabindex="-1" aria-label="Journalists arrested, September 2024, Expression, Capital, North" aria-pressed="false" x="588.6" y="39" width="68.2" height="12" rx="2">
<title>Journalists arrested, September 2024, Expression, Capital, North</title>
</rect>
</g>
<g class="lane" transform="translate(0 64)">
<text class="lane-label" x="0" y="12">Assembly</text>
<rect part="incident" role="button" class="mark cat-1 kind-period" data-id="protest-ban" tabindex="-1" aria-label="Protests banned, June 2024 – October 5, 2024, Assembly, South" aria-pressed="false" x="379.5" y="21" width="288.6" height="12" rx="2">
<title>Protests banned, June 2024 – October 5, 2024, Assembly, South</title>
</rect>
</g>
<g part="axis" transform="translate(0 100)">
<line x1="0" y1="0.5" y2="0.5" x2="900">
</line>
<g transform="translate(34.1 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Jan 2024</text>
</g>
<g transform="translate(240.9 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Apr 2024</text>
</g>
<g transform="translate(447.7 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Jul 2024</text>
</g>
<g transform="translate(656.8 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Oct 2024</text>
</g>
<g transform="translate(865.9 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Jan 2025</text>
</g>
<rect class="brush-band" x="0" y="0" width="900" height="30">
</rect>
</g>
</svg>
</div>
<ul class="kinds">
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-day" x="9" width="10" rx="5">
</rect>
</svg>a day</li>
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-month" x="1" width="26" rx="2">
</rect>
</svg>some time in this month or year</li>
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-period" x="1" width="26" rx="2">
</rect>
</svg>a period</li>
</ul>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="true" aria-controls="data-table"> Hide data table </button>
<div class="table-scroll" tabindex="0" role="region" id="data-table-scroll" aria-label="Incidents in the timeline, in time order">
<table part="table" id="data-table">
<caption> Incidents in the timeline, in time order </caption>
<thead>
<tr>
<th scope="col" class=""> Date </th>
<th scope="col" class=""> Incident </th>
<th scope="col" class=""> Category </th>
<th scope="col" class=""> Location </th>
<th scope="col" class="numeric"> People affected </th>
<th scope="col" class=""> Sources </th>
</tr>
</thead>
<tbody>
<tr data-id="unlocated">
<td class="">2024</td>
<td class="">
<span>Website blocked</span>
</td>
<td class="">Expression</td>
<td class="">Location not stated</td>
<td class="numeric">
</td>
<td class="">Example News</td>
</tr>
<tr data-id="protest-ban">
<td class="">June 2024 – October 5, 2024</td>
<td class="">
<span>Protests banned</span>
</td>
<td class="">Assembly</td>
<td class="">South</td>
<td class="numeric">
</td>
<td class="">Example Monitor; Example News</td>
</tr>
<tr data-id="arrests">
<td class="">September 2024</td>
<td class="">
<span lang="en">Journalists arrested</span>
</td>
<td class="">Expression</td>
<td class="">Capital, North</td>
<td class="numeric">2</td>
<td class="">Example Monitor</td>
</tr>
</tbody>
</table>
</div>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot timeline, en, 900, table, chromium */

snapshots["timeline, en, 900, table and detail, chromium"] = 
`<div class="frame">
<div class="toolbar">
<div class="zoom" role="group" aria-label="Zoom">
<button type="button" aria-label="Zoom in" title="Zoom in"> + </button>
<button type="button" aria-label="Zoom out" title="Zoom out"> − </button>
<button type="button">Show all</button>
<button type="button" aria-label="Filter to this period: December 17, 2023 – January 15, 2025"> Filter to this period </button>
</div>
<ul class="legend" aria-label="Categories">
<li>
<button type="button" class="cat-0" aria-pressed="true">
<span class="swatch">
</span>
<span lang="en">Expression</span>
</button>
</li>
<li>
<button type="button" class="cat-1" aria-pressed="true">
<span class="swatch">
</span>
<span>Assembly</span>
</button>
</li>
</ul>
</div>
<p class="summary" id="summary" tabindex="-1">3 incidents between 2024 and September 2024.</p>
<div class="chart" role="group" aria-describedby="summary keyboard-help" aria-label="Incident timeline">
<p id="keyboard-help" class="visually-hidden">Arrow keys move between incidents, Enter opens one, + and − zoom, Escape closes. To filter a period, zoom to it and choose “Filter to this period”, or drag along the axis.</p>
<svg width="900" height="130" viewBox="0 0 900 130">
<defs>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-0" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-0">
</rect>
<g class="print-hatch">
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-1" patternTransform="rotate(45)">
<rect width="6" height="6" class="print-ground cat-1">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-2" patternTransform="rotate(-45)">
<rect width="6" height="6" class="print-ground cat-2">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-3" patternTransform="rotate(90)">
<rect width="6" height="6" class="print-ground cat-3">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-4" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-4">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-5" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-5">
</rect>
<g class="print-hatch">
<circle cx="3" cy="3" r="1.2">
</circle>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-6" patternTransform="rotate(45)">
<rect width="6" height="6" class="print-ground cat-6">
</rect>
<g class="print-hatch">
<path d="M0 0V6M0 0H6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-7" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-7">
</rect>
<g class="print-hatch">
<circle cx="3" cy="3" r="2.2">
</circle>
</g>
</pattern>
</defs>
<g class="lane" transform="translate(0 0)">
<text class="lane-label" x="0" y="12" lang="en">Expression</text>
<rect part="incident" role="button" class="mark cat-0 kind-year" data-id="unlocated" tabindex="-1" aria-label="Website blocked, 2024, Expression, Location not stated" aria-pressed="false" x="34.1" y="21" width="831.8" height="12" rx="2">
<title>Website blocked, 2024, Expression, Location not stated</title>
</rect>
<rect part="incident" role="button" class="mark cat-0 kind-month selected" data-id="arrests" tabindex="0" aria-label="Journalists arrested, September 2024, Expression, Capital, North" aria-pressed="true" x="588.6" y="39" width="68.2" height="12" rx="2">
<title>Journalists arrested, September 2024, Expression, Capital, North</title>
</rect>
</g>
<g class="lane" transform="translate(0 64)">
<text class="lane-label" x="0" y="12">Assembly</text>
<rect part="incident" role="button" class="mark cat-1 kind-period" data-id="protest-ban" tabindex="-1" aria-label="Protests banned, June 2024 – October 5, 2024, Assembly, South" aria-pressed="false" x="379.5" y="21" width="288.6" height="12" rx="2">
<title>Protests banned, June 2024 – October 5, 2024, Assembly, South</title>
</rect>
</g>
<g part="axis" transform="translate(0 100)">
<line x1="0" y1="0.5" y2="0.5" x2="900">
</line>
<g transform="translate(34.1 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Jan 2024</text>
</g>
<g transform="translate(240.9 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Apr 2024</text>
</g>
<g transform="translate(447.7 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Jul 2024</text>
</g>
<g transform="translate(656.8 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Oct 2024</text>
</g>
<g transform="translate(865.9 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Jan 2025</text>
</g>
<rect class="brush-band" x="0" y="0" width="900" height="30">
</rect>
</g>
</svg>
</div>
<ul class="kinds">
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-day" x="9" width="10" rx="5">
</rect>
</svg>a day</li>
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-month" x="1" width="26" rx="2">
</rect>
</svg>some time in this month or year</li>
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-period" x="1" width="26" rx="2">
</rect>
</svg>a period</li>
</ul>
<section part="detail" class="detail" aria-labelledby="detail-title">
<header>
<h3 id="detail-title">
<span lang="en">Journalists arrested</span>
</h3>
<button type="button" class="close">Close</button>
</header>
<dl>
<dt>Date</dt>
<dd>September 2024</dd>
<dt>Location</dt>
<dd>Capital, North</dd>
<dt>Category</dt>
<dd>Expression</dd>
<dt>People affected</dt>
<dd>2</dd>
<dt>Outcomes</dt>
<dd>detention</dd>
</dl>
<p class="summary-text" lang="en">Two journalists were arrested.</p>
<h4>Sources</h4>
<ul class="sources">
<li>
<a target="_blank" rel="noopener noreferrer" href="https://example.org/report">Example Monitor</a> (January 15, 2025) </li>
</ul>
</section>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="true" aria-controls="data-table"> Hide data table </button>
<div class="table-scroll" tabindex="0" role="region" id="data-table-scroll" aria-label="Incidents in the timeline, in time order">
<table part="table" id="data-table">
<caption> Incidents in the timeline, in time order </caption>
<thead>
<tr>
<th scope="col" class=""> Date </th>
<th scope="col" class=""> Incident </th>
<th scope="col" class=""> Category </th>
<th scope="col" class=""> Location </th>
<th scope="col" class="numeric"> People affected </th>
<th scope="col" class=""> Sources </th>
</tr>
</thead>
<tbody>
<tr data-id="unlocated">
<td class="">2024</td>
<td class="">
<span>Website blocked</span>
</td>
<td class="">Expression</td>
<td class="">Location not stated</td>
<td class="numeric">
</td>
<td class="">Example News</td>
</tr>
<tr data-id="protest-ban">
<td class="">June 2024 – October 5, 2024</td>
<td class="">
<span>Protests banned</span>
</td>
<td class="">Assembly</td>
<td class="">South</td>
<td class="numeric">
</td>
<td class="">Example Monitor; Example News</td>
</tr>
<tr data-id="arrests">
<td class="">September 2024</td>
<td class="">
<span lang="en">Journalists arrested</span>
</td>
<td class="">Expression</td>
<td class="">Capital, North</td>
<td class="numeric">2</td>
<td class="">Example Monitor</td>
</tr>
</tbody>
</table>
</div>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot timeline, en, 900, table and detail, chromium */

snapshots["timeline, ko, 900, table, chromium"] = 
`<div class="frame">
<div class="toolbar">
<div class="zoom" role="group" aria-label="확대/축소">
<button type="button" aria-label="확대" title="확대"> + </button>
<button type="button" aria-label="축소" title="축소"> − </button>
<button type="button">전체 보기</button>
<button type="button" aria-label="이 기간으로 필터: 2023년 12월 17일~2025년 1월 15일"> 이 기간으로 필터 </button>
</div>
<ul class="legend" aria-label="분류">
<li>
<button type="button" class="cat-0" aria-pressed="true">
<span class="swatch">
</span>
<span lang="ko">표현</span>
</button>
</li>
<li>
<button type="button" class="cat-1" aria-pressed="true">
<span class="swatch">
</span>
<span lang="ko">집회</span>
</button>
</li>
</ul>
</div>
<p class="summary" id="summary" tabindex="-1">2024년부터 2024년 9월까지 사건 3건.</p>
<div class="chart" role="group" aria-describedby="summary keyboard-help" aria-label="사건 타임라인">
<p id="keyboard-help" class="visually-hidden">화살표 키로 사건 사이를 이동하고, Enter로 열고, +와 −로 확대·축소하며, Esc로 닫습니다. 기간을 필터링하려면 그 기간으로 확대한 뒤 “이 기간으로 필터”를 누르거나 축을 따라 끄세요.</p>
<svg width="900" height="130" viewBox="0 0 900 130">
<defs>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-0" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-0">
</rect>
<g class="print-hatch">
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-1" patternTransform="rotate(45)">
<rect width="6" height="6" class="print-ground cat-1">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-2" patternTransform="rotate(-45)">
<rect width="6" height="6" class="print-ground cat-2">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-3" patternTransform="rotate(90)">
<rect width="6" height="6" class="print-ground cat-3">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-4" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-4">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-5" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-5">
</rect>
<g class="print-hatch">
<circle cx="3" cy="3" r="1.2">
</circle>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-6" patternTransform="rotate(45)">
<rect width="6" height="6" class="print-ground cat-6">
</rect>
<g class="print-hatch">
<path d="M0 0V6M0 0H6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-7" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-7">
</rect>
<g class="print-hatch">
<circle cx="3" cy="3" r="2.2">
</circle>
</g>
</pattern>
</defs>
<g class="lane" transform="translate(0 0)">
<text class="lane-label" x="0" y="12" lang="ko">표현</text>
<rect part="incident" role="button" class="mark cat-0 kind-year" data-id="unlocated" tabindex="0" aria-label="웹사이트 차단, 2024년, 표현, 장소 미상" aria-pressed="false" x="34.1" y="21" width="831.8" height="12" rx="2">
<title>웹사이트 차단, 2024년, 표현, 장소 미상</title>
</rect>
<rect part="incident" role="button" class="mark cat-0 kind-month" data-id="arrests" tabindex="-1" aria-label="기자 체포, 2024년 9월, 표현, 수도, 북부" aria-pressed="false" x="588.6" y="39" width="68.2" height="12" rx="2">
<title>기자 체포, 2024년 9월, 표현, 수도, 북부</title>
</rect>
</g>
<g class="lane" transform="translate(0 64)">
<text class="lane-label" x="0" y="12" lang="ko">집회</text>
<rect part="incident" role="button" class="mark cat-1 kind-period" data-id="protest-ban" tabindex="-1" aria-label="시위 금지, 2024년 6월 – 2024년 10월 5일, 집회, 항구, 남부" aria-pressed="false" x="379.5" y="21" width="288.6" height="12" rx="2">
<title>시위 금지, 2024년 6월 – 2024년 10월 5일, 집회, 항구, 남부</title>
</rect>
</g>
<g part="axis" transform="translate(0 100)">
<line x1="0" y1="0.5" y2="0.5" x2="900">
</line>
<g transform="translate(34.1 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">2024년 1월</text>
</g>
<g transform="translate(240.9 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">2024년 4월</text>
</g>
<g transform="translate(447.7 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">2024년 7월</text>
</g>
<g transform="translate(656.8 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">2024년 10월</text>
</g>
<g transform="translate(865.9 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">2025년 1월</text>
</g>
<rect class="brush-band" x="0" y="0" width="900" height="30">
</rect>
</g>
</svg>
</div>
<ul class="kinds">
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-day" x="9" width="10" rx="5">
</rect>
</svg>하루</li>
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-month" x="1" width="26" rx="2">
</rect>
</svg>해당 월 또는 연도 중 어느 시점</li>
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-period" x="1" width="26" rx="2">
</rect>
</svg>기간</li>
</ul>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="true" aria-controls="data-table"> 데이터 표 숨기기 </button>
<div class="table-scroll" tabindex="0" role="region" id="data-table-scroll" aria-label="타임라인의 사건 (시간순)">
<table part="table" id="data-table">
<caption> 타임라인의 사건 (시간순) </caption>
<thead>
<tr>
<th scope="col" class=""> 날짜 </th>
<th scope="col" class=""> 사건 </th>
<th scope="col" class=""> 분류 </th>
<th scope="col" class=""> 장소 </th>
<th scope="col" class="numeric"> 피해 인원 </th>
<th scope="col" class=""> 출처 </th>
</tr>
</thead>
<tbody>
<tr data-id="unlocated">
<td class="">2024년</td>
<td class="">
<span lang="ko">웹사이트 차단</span>
</td>
<td class="">표현</td>
<td class="">장소 미상</td>
<td class="numeric">
</td>
<td class="">예시 뉴스</td>
</tr>
<tr data-id="protest-ban">
<td class="">2024년 6월 – 2024년 10월 5일</td>
<td class="">
<span lang="ko">시위 금지</span>
</td>
<td class="">집회</td>
<td class="">항구, 남부</td>
<td class="numeric">1,200</td>
<td class="">CIVICUS; 예시 뉴스</td>
</tr>
<tr data-id="arrests">
<td class="">2024년 9월</td>
<td class="">
<span lang="ko">기자 체포</span>
</td>
<td class="">표현</td>
<td class="">수도, 북부</td>
<td class="numeric">2</td>
<td class="">CIVICUS</td>
</tr>
</tbody>
</table>
</div>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> 내보내기 </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot timeline, ko, 900, table, chromium */

snapshots["timeline, en, 360, chromium"] = 
`<div class="frame">
<div class="toolbar">
<div class="zoom" role="group" aria-label="Zoom">
<button type="button" aria-label="Zoom in" title="Zoom in"> + </button>
<button type="button" aria-label="Zoom out" title="Zoom out"> − </button>
<button type="button">Show all</button>
<button type="button" aria-label="Filter to this period: December 17, 2023 – January 15, 2025"> Filter to this period </button>
</div>
<ul class="legend" aria-label="Categories">
<li>
<button type="button" class="cat-0" aria-pressed="true">
<span class="swatch">
</span>
<span lang="en">Expression</span>
</button>
</li>
<li>
<button type="button" class="cat-1" aria-pressed="true">
<span class="swatch">
</span>
<span>Assembly</span>
</button>
</li>
</ul>
</div>
<p class="summary" id="summary" tabindex="-1">3 incidents between 2024 and September 2024.</p>
<div class="list" role="group" aria-label="Incident timeline">
<h3>2024</h3>
<ol>
<li>
<button type="button" part="incident" class="cat-0 kind-year" data-id="unlocated" tabindex="0" aria-pressed="false">
<span class="when">2024</span>
<span>Website blocked</span>
</button>
</li>
</ol>
<h3>June 2024</h3>
<ol>
<li>
<button type="button" part="incident" class="cat-1 kind-period" data-id="protest-ban" tabindex="-1" aria-pressed="false">
<span class="when">June 2024 – October 5, 2024</span>
<span>Protests banned</span>
</button>
</li>
</ol>
<h3>September 2024</h3>
<ol>
<li>
<button type="button" part="incident" class="cat-0 kind-month" data-id="arrests" tabindex="-1" aria-pressed="false">
<span class="when">September 2024</span>
<span lang="en">Journalists arrested</span>
</button>
</li>
</ol>
</div>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="false" aria-controls="data-table"> Show data table </button>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot timeline, en, 360, chromium */

snapshots["map, incidents, en, 900, chromium"] = 
`<div class="frame">
<p class="summary" id="summary" tabindex="-1">Incidents documented in 2 of 3 regions; most in North (1). 1 incident without a stated location.</p>
<div class="map" role="group" aria-describedby="summary keyboard-help" aria-label="Map of incidents by region">
<p id="keyboard-help" class="visually-hidden">Arrow keys move between regions and places, Enter selects one and filters by region, Escape clears.</p>
<svg width="900" height="640" viewBox="0 0 900 640">
<defs>
<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect class="hatch-ground" width="6" height="6">
</rect>
<line class="hatch-line" x1="0" y1="0" x2="0" y2="6">
</line>
</pattern>
</defs>
<g class="regions">
<path part="region" role="button" class="region s3" data-id="XA-01" d="M156.8,321L156.8,8L450,8L450,321Z" tabindex="0" aria-pressed="false" aria-label="North: 1 incident">
</path>
<path part="region" role="button" class="region s3" data-id="XA-02" d="M156.8,632L156.8,321L450,321L450,632Z" tabindex="-1" aria-pressed="false" aria-label="South: 1 incident">
</path>
<path part="region" class="region no-data" fill="url(#hatch)" role="img" data-id="XA-03" d="M450,632L450,321L743.2,321L743.2,632Z" aria-label="Islands: No data">
</path>
</g>
<g class="outlines" aria-hidden="true">
</g>
<g class="labels" aria-hidden="true">
<text class="label place" x="311.4" y="242.9" text-anchor="start">Capital</text>
<text class="label region" x="303.4" y="164.5" text-anchor="middle">North</text>
<text class="label region" x="596.6" y="476.5" text-anchor="middle">Islands</text>
<text class="label region" x="303.4" y="476.5" text-anchor="middle">South</text>
</g>
<g class="places">
<circle part="place" r="4.5" role="button" class="" data-id="capital" cx="303.4" cy="242.9" tabindex="-1" aria-label="Capital (named place): 1 incident">
</circle>
</g>
</svg>
</div>
<div part="legend" class="legend">
<p class="legend-title">Incidents per region</p>
<ul class="scale">
<li>
<span class="swatch no-data">
</span>No data</li>
<li>
<span class="swatch s0">
</span>0</li>
<li>
<span class="swatch s3">
</span>1</li>
<li>
<span class="swatch place-swatch">
</span>Named place</li>
</ul>
<p class="unlocated">1 incident without a stated location</p>
</div>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="false" aria-controls="data-table"> Show data table </button>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot map, incidents, en, 900, chromium */

snapshots["map, incidents, en, 900, table, chromium"] = 
`<div class="frame">
<p class="summary" id="summary" tabindex="-1">Incidents documented in 2 of 3 regions; most in North (1). 1 incident without a stated location.</p>
<div class="map" role="group" aria-describedby="summary keyboard-help" aria-label="Map of incidents by region">
<p id="keyboard-help" class="visually-hidden">Arrow keys move between regions and places, Enter selects one and filters by region, Escape clears.</p>
<svg width="900" height="640" viewBox="0 0 900 640">
<defs>
<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect class="hatch-ground" width="6" height="6">
</rect>
<line class="hatch-line" x1="0" y1="0" x2="0" y2="6">
</line>
</pattern>
</defs>
<g class="regions">
<path part="region" role="button" class="region s3" data-id="XA-01" d="M156.8,321L156.8,8L450,8L450,321Z" tabindex="0" aria-pressed="false" aria-label="North: 1 incident">
</path>
<path part="region" role="button" class="region s3" data-id="XA-02" d="M156.8,632L156.8,321L450,321L450,632Z" tabindex="-1" aria-pressed="false" aria-label="South: 1 incident">
</path>
<path part="region" class="region no-data" fill="url(#hatch)" role="img" data-id="XA-03" d="M450,632L450,321L743.2,321L743.2,632Z" aria-label="Islands: No data">
</path>
</g>
<g class="outlines" aria-hidden="true">
</g>
<g class="labels" aria-hidden="true">
<text class="label place" x="311.4" y="242.9" text-anchor="start">Capital</text>
<text class="label region" x="303.4" y="164.5" text-anchor="middle">North</text>
<text class="label region" x="596.6" y="476.5" text-anchor="middle">Islands</text>
<text class="label region" x="303.4" y="476.5" text-anchor="middle">South</text>
</g>
<g class="places">
<circle part="place" r="4.5" role="button" class="" data-id="capital" cx="303.4" cy="242.9" tabindex="-1" aria-label="Capital (named place): 1 incident">
</circle>
</g>
</svg>
</div>
<div part="legend" class="legend">
<p class="legend-title">Incidents per region</p>
<ul class="scale">
<li>
<span class="swatch no-data">
</span>No data</li>
<li>
<span class="swatch s0">
</span>0</li>
<li>
<span class="swatch s3">
</span>1</li>
<li>
<span class="swatch place-swatch">
</span>Named place</li>
</ul>
<p class="unlocated">1 incident without a stated location</p>
</div>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="true" aria-controls="data-table"> Hide data table </button>
<div class="table-scroll" tabindex="0" role="region" id="data-table-scroll" aria-label="Incidents and people affected per region, in the current filter">
<table part="table" id="data-table">
<caption> Incidents and people affected per region, in the current filter </caption>
<thead>
<tr>
<th scope="col" class=""> Region </th>
<th scope="col" class="numeric"> Incidents </th>
<th scope="col" class="numeric"> People affected </th>
</tr>
</thead>
<tbody>
<tr data-id="XA-01">
<td class="">North</td>
<td class="numeric">1</td>
<td class="numeric">2</td>
</tr>
<tr data-id="XA-02">
<td class="">South</td>
<td class="numeric">1</td>
<td class="numeric">0</td>
</tr>
<tr data-id="XA-03">
<td class="">Islands</td>
<td class="numeric">No data (not in the dataset)</td>
<td class="numeric">
</td>
</tr>
<tr data-id="location-not-stated">
<td class="">Location not stated</td>
<td class="numeric">1</td>
<td class="numeric">0</td>
</tr>
</tbody>
</table>
</div>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot map, incidents, en, 900, table, chromium */

snapshots["map, incidents, en, 900, table and incident, chromium"] = 
`<div class="frame">
<p class="summary" id="summary" tabindex="-1">Incidents documented in 2 of 3 regions; most in North (1). 1 incident without a stated location.</p>
<div class="map" role="group" aria-describedby="summary keyboard-help" aria-label="Map of incidents by region">
<p id="keyboard-help" class="visually-hidden">Arrow keys move between regions and places, Enter selects one and filters by region, Escape clears.</p>
<svg width="900" height="640" viewBox="0 0 900 640">
<defs>
<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect class="hatch-ground" width="6" height="6">
</rect>
<line class="hatch-line" x1="0" y1="0" x2="0" y2="6">
</line>
</pattern>
</defs>
<g class="regions">
<path part="region" role="button" class="region s3" data-id="XA-01" d="M156.8,321L156.8,8L450,8L450,321Z" tabindex="-1" aria-pressed="false" aria-label="North: 1 incident">
</path>
<path part="region" role="button" class="region s3" data-id="XA-02" d="M156.8,632L156.8,321L450,321L450,632Z" tabindex="-1" aria-pressed="false" aria-label="South: 1 incident">
</path>
<path part="region" class="region no-data" fill="url(#hatch)" role="img" data-id="XA-03" d="M450,632L450,321L743.2,321L743.2,632Z" aria-label="Islands: No data">
</path>
</g>
<g class="outlines" aria-hidden="true">
</g>
<g class="labels" aria-hidden="true">
<text class="label place" x="311.4" y="242.9" text-anchor="start">Capital</text>
<text class="label region" x="303.4" y="164.5" text-anchor="middle">North</text>
<text class="label region" x="596.6" y="476.5" text-anchor="middle">Islands</text>
<text class="label region" x="303.4" y="476.5" text-anchor="middle">South</text>
</g>
<g class="places">
<circle part="place" r="4.5" role="button" class="selected" data-id="capital" cx="303.4" cy="242.9" tabindex="0" aria-label="Capital (named place): 1 incident">
</circle>
</g>
</svg>
</div>
<div part="legend" class="legend">
<p class="legend-title">Incidents per region</p>
<ul class="scale">
<li>
<span class="swatch no-data">
</span>No data</li>
<li>
<span class="swatch s0">
</span>0</li>
<li>
<span class="swatch s3">
</span>1</li>
<li>
<span class="swatch place-swatch">
</span>Named place</li>
</ul>
<p class="unlocated">1 incident without a stated location</p>
</div>
<section part="detail" class="detail" aria-labelledby="detail-title">
<header>
<h3 id="detail-title">
<span lang="en">Journalists arrested</span>
</h3>
<button type="button" class="close">Close</button>
</header>
<dl>
<dt>Date</dt>
<dd>September 2024</dd>
<dt>Location</dt>
<dd>Capital, North</dd>
<dt>Category</dt>
<dd>Expression</dd>
<dt>People affected</dt>
<dd>2</dd>
<dt>Outcomes</dt>
<dd>detention</dd>
</dl>
<p class="summary-text" lang="en">Two journalists were arrested.</p>
<h4>Sources</h4>
<ul class="sources">
<li>
<a target="_blank" rel="noopener noreferrer" href="https://example.org/report">Example Monitor</a> (January 15, 2025) </li>
</ul>
</section>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="true" aria-controls="data-table"> Hide data table </button>
<div class="table-scroll" tabindex="0" role="region" id="data-table-scroll" aria-label="Incidents and people affected per region, in the current filter">
<table part="table" id="data-table">
<caption> Incidents and people affected per region, in the current filter </caption>
<thead>
<tr>
<th scope="col" class=""> Region </th>
<th scope="col" class="numeric"> Incidents </th>
<th scope="col" class="numeric"> People affected </th>
</tr>
</thead>
<tbody>
<tr data-id="XA-01">
<td class="">North</td>
<td class="numeric">1</td>
<td class="numeric">2</td>
</tr>
<tr data-id="XA-02">
<td class="">South</td>
<td class="numeric">1</td>
<td class="numeric">0</td>
</tr>
<tr data-id="XA-03">
<td class="">Islands</td>
<td class="numeric">No data (not in the dataset)</td>
<td class="numeric">
</td>
</tr>
<tr data-id="location-not-stated">
<td class="">Location not stated</td>
<td class="numeric">1</td>
<td class="numeric">0</td>
</tr>
</tbody>
</table>
</div>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot map, incidents, en, 900, table and incident, chromium */

snapshots["map, people, en, 900, chromium"] = 
`<div class="frame">
<p class="summary" id="summary" tabindex="-1">People affected documented in 1 of 3 regions; most in North (2). 1 incident without a stated location.</p>
<div class="map" role="group" aria-describedby="summary keyboard-help" aria-label="Map of incidents by region">
<p id="keyboard-help" class="visually-hidden">Arrow keys move between regions and places, Enter selects one and filters by region, Escape clears.</p>
<svg width="900" height="640" viewBox="0 0 900 640">
<defs>
<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect class="hatch-ground" width="6" height="6">
</rect>
<line class="hatch-line" x1="0" y1="0" x2="0" y2="6">
</line>
</pattern>
</defs>
<g class="regions">
<path part="region" role="button" class="region s5" data-id="XA-01" d="M156.8,321L156.8,8L450,8L450,321Z" tabindex="0" aria-pressed="false" aria-label="North: 2 people affected, 1 incident">
</path>
<path part="region" role="button" class="region s0" data-id="XA-02" d="M156.8,632L156.8,321L450,321L450,632Z" tabindex="-1" aria-pressed="false" aria-label="South: 0 people affected, 1 incident">
</path>
<path part="region" class="region no-data" fill="url(#hatch)" role="img" data-id="XA-03" d="M450,632L450,321L743.2,321L743.2,632Z" aria-label="Islands: No data">
</path>
</g>
<g class="outlines" aria-hidden="true">
</g>
<g class="labels" aria-hidden="true">
<text class="label place" x="311.4" y="242.9" text-anchor="start">Capital</text>
<text class="label region" x="303.4" y="164.5" text-anchor="middle">North</text>
<text class="label region" x="596.6" y="476.5" text-anchor="middle">Islands</text>
<text class="label region" x="303.4" y="476.5" text-anchor="middle">South</text>
</g>
<g class="places">
<circle part="place" r="4.5" role="button" class="" data-id="capital" cx="303.4" cy="242.9" tabindex="-1" aria-label="Capital (named place): 2 people affected, 1 incident">
</circle>
</g>
</svg>
</div>
<div part="legend" class="legend">
<p class="legend-title">People affected per region</p>
<ul class="scale">
<li>
<span class="swatch no-data">
</span>No data</li>
<li>
<span class="swatch s0">
</span>0</li>
<li>
<span class="swatch s1">
</span>1</li>
<li>
<span class="swatch s5">
</span>2</li>
<li>
<span class="swatch place-swatch">
</span>Named place</li>
</ul>
<p class="unlocated">1 incident without a stated location</p>
<p class="note">Counts only incidents whose source gives a number: 2 incidents give none.</p>
</div>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="false" aria-controls="data-table"> Show data table </button>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot map, people, en, 900, chromium */

snapshots["map, people, en, 900, table, chromium"] = 
`<div class="frame">
<p class="summary" id="summary" tabindex="-1">People affected documented in 1 of 3 regions; most in North (2). 1 incident without a stated location.</p>
<div class="map" role="group" aria-describedby="summary keyboard-help" aria-label="Map of incidents by region">
<p id="keyboard-help" class="visually-hidden">Arrow keys move between regions and places, Enter selects one and filters by region, Escape clears.</p>
<svg width="900" height="640" viewBox="0 0 900 640">
<defs>
<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect class="hatch-ground" width="6" height="6">
</rect>
<line class="hatch-line" x1="0" y1="0" x2="0" y2="6">
</line>
</pattern>
</defs>
<g class="regions">
<path part="region" role="button" class="region s5" data-id="XA-01" d="M156.8,321L156.8,8L450,8L450,321Z" tabindex="0" aria-pressed="false" aria-label="North: 2 people affected, 1 incident">
</path>
<path part="region" role="button" class="region s0" data-id="XA-02" d="M156.8,632L156.8,321L450,321L450,632Z" tabindex="-1" aria-pressed="false" aria-label="South: 0 people affected, 1 incident">
</path>
<path part="region" class="region no-data" fill="url(#hatch)" role="img" data-id="XA-03" d="M450,632L450,321L743.2,321L743.2,632Z" aria-label="Islands: No data">
</path>
</g>
<g class="outlines" aria-hidden="true">
</g>
<g class="labels" aria-hidden="true">
<text class="label place" x="311.4" y="242.9" text-anchor="start">Capital</text>
<text class="label region" x="303.4" y="164.5" text-anchor="middle">North</text>
<text class="label region" x="596.6" y="476.5" text-anchor="middle">Islands</text>
<text class="label region" x="303.4" y="476.5" text-anchor="middle">South</text>
</g>
<g class="places">
<circle part="place" r="4.5" role="button" class="" data-id="capital" cx="303.4" cy="242.9" tabindex="-1" aria-label="Capital (named place): 2 people affected, 1 incident">
</circle>
</g>
</svg>
</div>
<div part="legend" class="legend">
<p class="legend-title">People affected per region</p>
<ul class="scale">
<li>
<span class="swatch no-data">
</span>No data</li>
<li>
<span class="swatch s0">
</span>0</li>
<li>
<span class="swatch s1">
</span>1</li>
<li>
<span class="swatch s5">
</span>2</li>
<li>
<span class="swatch place-swatch">
</span>Named place</li>
</ul>
<p class="unlocated">1 incident without a stated location</p>
<p class="note">Counts only incidents whose source gives a number: 2 incidents give none.</p>
</div>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="true" aria-controls="data-table"> Hide data table </button>
<div class="table-scroll" tabindex="0" role="region" id="data-table-scroll" aria-label="Incidents and people affected per region, in the current filter">
<table part="table" id="data-table">
<caption> Incidents and people affected per region, in the current filter </caption>
<thead>
<tr>
<th scope="col" class=""> Region </th>
<th scope="col" class="numeric"> Incidents </th>
<th scope="col" class="numeric"> People affected </th>
</tr>
</thead>
<tbody>
<tr data-id="XA-01">
<td class="">North</td>
<td class="numeric">1</td>
<td class="numeric">2</td>
</tr>
<tr data-id="XA-03">
<td class="">Islands</td>
<td class="numeric">No data (not in the dataset)</td>
<td class="numeric">
</td>
</tr>
<tr data-id="XA-02">
<td class="">South</td>
<td class="numeric">1</td>
<td class="numeric">0</td>
</tr>
<tr data-id="location-not-stated">
<td class="">Location not stated</td>
<td class="numeric">1</td>
<td class="numeric">0</td>
</tr>
</tbody>
</table>
</div>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot map, people, en, 900, table, chromium */

snapshots["map, people, en, 900, table and incident, chromium"] = 
`<div class="frame">
<p class="summary" id="summary" tabindex="-1">People affected documented in 1 of 3 regions; most in North (2). 1 incident without a stated location.</p>
<div class="map" role="group" aria-describedby="summary keyboard-help" aria-label="Map of incidents by region">
<p id="keyboard-help" class="visually-hidden">Arrow keys move between regions and places, Enter selects one and filters by region, Escape clears.</p>
<svg width="900" height="640" viewBox="0 0 900 640">
<defs>
<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect class="hatch-ground" width="6" height="6">
</rect>
<line class="hatch-line" x1="0" y1="0" x2="0" y2="6">
</line>
</pattern>
</defs>
<g class="regions">
<path part="region" role="button" class="region s5" data-id="XA-01" d="M156.8,321L156.8,8L450,8L450,321Z" tabindex="-1" aria-pressed="false" aria-label="North: 2 people affected, 1 incident">
</path>
<path part="region" role="button" class="region s0" data-id="XA-02" d="M156.8,632L156.8,321L450,321L450,632Z" tabindex="-1" aria-pressed="false" aria-label="South: 0 people affected, 1 incident">
</path>
<path part="region" class="region no-data" fill="url(#hatch)" role="img" data-id="XA-03" d="M450,632L450,321L743.2,321L743.2,632Z" aria-label="Islands: No data">
</path>
</g>
<g class="outlines" aria-hidden="true">
</g>
<g class="labels" aria-hidden="true">
<text class="label place" x="311.4" y="242.9" text-anchor="start">Capital</text>
<text class="label region" x="303.4" y="164.5" text-anchor="middle">North</text>
<text class="label region" x="596.6" y="476.5" text-anchor="middle">Islands</text>
<text class="label region" x="303.4" y="476.5" text-anchor="middle">South</text>
</g>
<g class="places">
<circle part="place" r="4.5" role="button" class="selected" data-id="capital" cx="303.4" cy="242.9" tabindex="0" aria-label="Capital (named place): 2 people affected, 1 incident">
</circle>
</g>
</svg>
</div>
<div part="legend" class="legend">
<p class="legend-title">People affected per region</p>
<ul class="scale">
<li>
<span class="swatch no-data">
</span>No data</li>
<li>
<span class="swatch s0">
</span>0</li>
<li>
<span class="swatch s1">
</span>1</li>
<li>
<span class="swatch s5">
</span>2</li>
<li>
<span class="swatch place-swatch">
</span>Named place</li>
</ul>
<p class="unlocated">1 incident without a stated location</p>
<p class="note">Counts only incidents whose source gives a number: 2 incidents give none.</p>
</div>
<section part="detail" class="detail" aria-labelledby="detail-title">
<header>
<h3 id="detail-title">
<span lang="en">Journalists arrested</span>
</h3>
<button type="button" class="close">Close</button>
</header>
<dl>
<dt>Date</dt>
<dd>September 2024</dd>
<dt>Location</dt>
<dd>Capital, North</dd>
<dt>Category</dt>
<dd>Expression</dd>
<dt>People affected</dt>
<dd>2</dd>
<dt>Outcomes</dt>
<dd>detention</dd>
</dl>
<p class="summary-text" lang="en">Two journalists were arrested.</p>
<h4>Sources</h4>
<ul class="sources">
<li>
<a target="_blank" rel="noopener noreferrer" href="https://example.org/report">Example Monitor</a> (January 15, 2025) </li>
</ul>
</section>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="true" aria-controls="data-table"> Hide data table </button>
<div class="table-scroll" tabindex="0" role="region" id="data-table-scroll" aria-label="Incidents and people affected per region, in the current filter">
<table part="table" id="data-table">
<caption> Incidents and people affected per region, in the current filter </caption>
<thead>
<tr>
<th scope="col" class=""> Region </th>
<th scope="col" class="numeric"> Incidents </th>
<th scope="col" class="numeric"> People affected </th>
</tr>
</thead>
<tbody>
<tr data-id="XA-01">
<td class="">North</td>
<td class="numeric">1</td>
<td class="numeric">2</td>
</tr>
<tr data-id="XA-03">
<td class="">Islands</td>
<td class="numeric">No data (not in the dataset)</td>
<td class="numeric">
</td>
</tr>
<tr data-id="XA-02">
<td class="">South</td>
<td class="numeric">1</td>
<td class="numeric">0</td>
</tr>
<tr data-id="location-not-stated">
<td class="">Location not stated</td>
<td class="numeric">1</td>
<td class="numeric">0</td>
</tr>
</tbody>
</table>
</div>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot map, people, en, 900, table and incident, chromium */

snapshots["tracker, linked, ko, 900, chromium"] = 
`<div class="frame">
<div class="switcher" role="group" aria-label="검토">
<button type="button" data-review="upr-4" aria-pressed="true"> 보편적 정례 검토(UPR), 2024년 11월 </button>
<button type="button" data-review="upr-3" aria-pressed="false"> 보편적 정례 검토(UPR), 2019년 5월 </button>
</div>
<header class="review">
<h2 id="review-title">보편적 정례 검토(UPR), 2024년 11월</h2>
<p class="review-meta">
<span lang="ko">유엔 인권이사회</span>, 제4주기 </p>
<p class="review-summary" lang="ko">예시국에 대한 네 번째 검토.</p>
<p class="arithmetic" id="summary" tabindex="-1">권고 10건 접수; 그중 2건을 주제 2개로 여기에 정리; 수용 여부: 주목 1건, 알 수 없음 1건; 이행 상황: 미착수 1건, 알 수 없음 1건.</p>
<div part="summary-chart" class="summary-chart">
<figure class="bar-figure" data-kind="response">
<figcaption>수용 여부별</figcaption>
<svg class="bar" preserveAspectRatio="none" aria-hidden="true" focusable="false" viewBox="0 0 1000 10">
<rect class="bar-track" x="0" y="0" height="10" width="1000">
</rect>
<rect y="0" height="10" class="seg response-noted" data-key="noted" x="0" width="100">
</rect>
<rect y="0" height="10" class="seg response-unknown" data-key="unknown" x="100" width="100">
</rect>
<rect y="0" height="10" class="seg response-unlisted" data-key="unlisted" x="200" width="800">
</rect>
</svg>
<ul class="bar-legend">
<li data-key="noted">
<span class="swatch response-noted">
</span>주목: 1건 (10%) </li>
<li data-key="unknown">
<span class="swatch response-unknown">
</span>알 수 없음: 1건 (10%) </li>
<li data-key="unlisted">
<span class="swatch response-unlisted">
</span>8건은 이 데이터셋에 목록 없음 (80%) </li>
</ul>
</figure>
<figure class="bar-figure" data-kind="implementation">
<figcaption>이행 상황별</figcaption>
<svg class="bar" preserveAspectRatio="none" aria-hidden="true" focusable="false" viewBox="0 0 1000 10">
<rect class="bar-track" x="0" y="0" height="10" width="1000">
</rect>
<rect y="0" height="10" class="seg implementation-not-started" data-key="not-started" x="0" width="100">
</rect>
<rect y="0" height="10" class="seg implementation-unknown" data-key="unknown" x="100" width="100">
</rect>
<rect y="0" height="10" class="seg implementation-unlisted" data-key="unlisted" x="200" width="800">
</rect>
</svg>
<ul class="bar-legend">
<li data-key="not-started">
<span class="swatch implementation-not-started">
</span>미착수: 1건 (10%) </li>
<li data-key="unknown">
<span class="swatch implementation-unknown">
</span>알 수 없음: 1건 (10%) </li>
<li data-key="unlisted">
<span class="swatch implementation-unlisted">
</span>8건은 이 데이터셋에 목록 없음 (80%) </li>
</ul>
</figure>
</div>
</header>
<form class="filters" role="search" aria-label="권고 필터">
<label>주제 <select data-filter="theme">
<option value="" selected="">모든 주제</option>
<option value="press">언론 자유</option>
<option value="detention">구금</option>
<option value="(none)">기타 / 주제 없음</option>
</select>
</label>
<label>수용 여부 <select data-filter="response">
<option value="" selected="">모든 수용 여부</option>
<option value="supported">수용</option>
<option value="noted">주목</option>
<option value="pending">검토 중</option>
<option value="unknown">알 수 없음</option>
</select>
</label>
<label>이행 상황 <select data-filter="implementation">
<option value="" selected="">모든 이행 상황</option>
<option value="not-started">미착수</option>
<option value="in-progress">이행 중</option>
<option value="implemented">이행 완료</option>
<option value="regressed">후퇴</option>
<option value="unknown">알 수 없음</option>
</select>
</label>
<label>권고국 <select data-filter="state">
<option value="" selected="">모든 권고국</option>
<option value="노르웨이">노르웨이</option>
</select>
</label>
<label class="search">검색 <input type="search" data-filter="query">
</label>
</form>
<p class="count" role="status"> 2건 중 2건 표시 </p>
<p id="keyboard-help" class="visually-hidden">화살표 키로 권고 사이를 이동하고, Enter로 전문을 열며, Esc로 닫습니다.</p>
<div class="groups" role="group" aria-describedby="summary keyboard-help" aria-label="권고">
<section part="theme" class="theme" data-id="press" aria-labelledby="theme-0">
<h3 id="theme-0">
<span lang="ko">언론 자유</span>
<span class="theme-count">(1)</span>
</h3>
<ul class="rows">
<li part="recommendation" class="row" data-id="rec-1">
<button type="button" class="row-button" tabindex="0" aria-expanded="false">
<span class="rec-text" lang="ko">구금된 기자들을 석방할 것.</span>
<span class="badges">
<span class="badge">
<span class="swatch response-noted">
</span>
<span class="badge-label">수용 여부:</span> 주목 </span>
<span class="badge">
<span class="swatch implementation-not-started">
</span>
<span class="badge-label">이행 상황:</span> 미착수 </span>
<span class="states">
<span class="badge-label">권고국:</span> 노르웨이</span>
</span>
</button>
</li>
</ul>
</section>
<section part="theme" class="theme" data-id="(none)" aria-labelledby="theme-1">
<h3 id="theme-1">
<span>기타 / 주제 없음</span>
<span class="theme-count">(1)</span>
</h3>
<ul class="rows">
<li part="recommendation" class="row" data-id="rec-2">
<button type="button" class="row-button" tabindex="-1" aria-expanded="false">
<span class="rec-text" lang="ko">조약을 비준할 것.</span>
<span class="badges">
<span class="badge">
<span class="swatch response-unknown">
</span>
<span class="badge-label">수용 여부:</span> 알 수 없음 </span>
<span class="badge">
<span class="swatch implementation-unknown">
</span>
<span class="badge-label">이행 상황:</span> 알 수 없음 </span>
</span>
</button>
</li>
</ul>
</section>
</div>
<section class="context" aria-labelledby="context-title">
<h3 id="context-title">같은 기간의 사건</h3>
<p> 이 검토까지 12개월(2023년 11월~2024년 11월) 동안 기록된 사건 3건. </p>
<ul class="context-list">
<li data-id="arrests">
<span class="when">2024년 9월</span>
<span lang="ko">기자 체포</span>
</li>
<li data-id="protest-ban">
<span class="when">2024년 6월 – 2024년 10월 5일</span>
<span lang="ko">시위 금지</span>
</li>
<li data-id="unlocated">
<span class="when">2024년</span>
<span lang="ko">웹사이트 차단</span>
</li>
</ul>
</section>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="false" aria-controls="data-table"> 데이터 표 보기 </button>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> 내보내기 </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot tracker, linked, ko, 900, chromium */

snapshots["timeline, en, 900, firefox"] = 
`<div class="frame">
<div class="toolbar">
<div class="zoom" role="group" aria-label="Zoom">
<button type="button" aria-label="Zoom in" title="Zoom in"> + </button>
<button type="button" aria-label="Zoom out" title="Zoom out"> − </button>
<button type="button">Show all</button>
<button type="button" aria-label="Filter to this period: December 17, 2023 – January 15, 2025"> Filter to this period </button>
</div>
<ul class="legend" aria-label="Categories">
<li>
<button type="button" class="cat-0" aria-pressed="true">
<span class="swatch">
</span>
<span lang="en">Expression</span>
</button>
</li>
<li>
<button type="button" class="cat-1" aria-pressed="true">
<span class="swatch">
</span>
<span>Assembly</span>
</button>
</li>
</ul>
</div>
<p class="summary" id="summary" tabindex="-1">3 incidents between 2024 and September 2024.</p>
<div class="chart" role="group" aria-describedby="summary keyboard-help" aria-label="Incident timeline">
<p id="keyboard-help" class="visually-hidden">Arrow keys move between incidents, Enter opens one, + and − zoom, Escape closes. To filter a period, zoom to it and choose “Filter to this period”, or drag along the axis.</p>
<svg width="900" height="130" viewBox="0 0 900 130">
<defs>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-0" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-0">
</rect>
<g class="print-hatch">
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-1" patternTransform="rotate(45)">
<rect width="6" height="6" class="print-ground cat-1">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-2" patternTransform="rotate(-45)">
<rect width="6" height="6" class="print-ground cat-2">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-3" patternTransform="rotate(90)">
<rect width="6" height="6" class="print-ground cat-3">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-4" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-4">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-5" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-5">
</rect>
<g class="print-hatch">
<circle cx="3" cy="3" r="1.2">
</circle>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-6" patternTransform="rotate(45)">
<rect width="6" height="6" class="print-ground cat-6">
</rect>
<g class="print-hatch">
<path d="M0 0V6M0 0H6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-7" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-7">
</rect>
<g class="print-hatch">
<circle cx="3" cy="3" r="2.2">
</circle>
</g>
</pattern>
</defs>
<g class="lane" transform="translate(0 0)">
<text class="lane-label" x="0" y="12" lang="en">Expression</text>
<rect part="incident" role="button" class="mark cat-0 kind-year" data-id="unlocated" tabindex="0" aria-label="Website blocked, 2024, Expression, Location not stated" aria-pressed="false" x="34.1" y="21" width="831.8" height="12" rx="2">
<title>Website blocked, 2024, Expression, Location not stated</title>
</rect>
<rect part="incident" role="button" class="mark cat-0 kind-month" data-id="arrests" tabindex="-1" aria-label="Journalists arrested, September 2024, Expression, Capital, North" aria-pressed="false" x="588.6" y="39" width="68.2" height="12" rx="2">
<title>Journalists arrested, September 2024, Expression, Capital, North</title>
</rect>
</g>
<g class="lane" transform="translate(0 64)">
<text class="lane-label" x="0" y="12">Assembly</text>
<rect part="incident" role="button" class="mark cat-1 kind-period" data-id="protest-ban" tabindex="-1" aria-label="Protests banned, June 2024 – October 5, 2024, Assembly, South" aria-pressed="false" x="379.5" y="21" width="288.6" height="12" rx="2">
<title>Protests banned, June 2024 – October 5, 2024, Assembly, South</title>
</rect>
</g>
<g part="axis" transform="translate(0 100)">
<line x1="0" y1="0.5" y2="0.5" x2="900">
</line>
<g transform="translate(34.1 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Jan 2024</text>
</g>
<g transform="translate(240.9 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Apr 2024</text>
</g>
<g transform="translate(447.7 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Jul 2024</text>
</g>
<g transform="translate(656.8 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Oct 2024</text>
</g>
<g transform="translate(865.9 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Jan 2025</text>
</g>
<rect class="brush-band" x="0" y="0" width="900" height="30">
</rect>
</g>
</svg>
</div>
<ul class="kinds">
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-day" x="9" width="10" rx="5">
</rect>
</svg>a day</li>
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-month" x="1" width="26" rx="2">
</rect>
</svg>some time in this month or year</li>
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-period" x="1" width="26" rx="2">
</rect>
</svg>a period</li>
</ul>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="false" aria-controls="data-table"> Show data table </button>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot timeline, en, 900, firefox */

snapshots["timeline, en, 900, table, firefox"] = 
`<div class="frame">
<div class="toolbar">
<div class="zoom" role="group" aria-label="Zoom">
<button type="button" aria-label="Zoom in" title="Zoom in"> + </button>
<button type="button" aria-label="Zoom out" title="Zoom out"> − </button>
<button type="button">Show all</button>
<button type="button" aria-label="Filter to this period: December 17, 2023 – January 15, 2025"> Filter to this period </button>
</div>
<ul class="legend" aria-label="Categories">
<li>
<button type="button" class="cat-0" aria-pressed="true">
<span class="swatch">
</span>
<span lang="en">Expression</span>
</button>
</li>
<li>
<button type="button" class="cat-1" aria-pressed="true">
<span class="swatch">
</span>
<span>Assembly</span>
</button>
</li>
</ul>
</div>
<p class="summary" id="summary" tabindex="-1">3 incidents between 2024 and September 2024.</p>
<div class="chart" role="group" aria-describedby="summary keyboard-help" aria-label="Incident timeline">
<p id="keyboard-help" class="visually-hidden">Arrow keys move between incidents, Enter opens one, + and − zoom, Escape closes. To filter a period, zoom to it and choose “Filter to this period”, or drag along the axis.</p>
<svg width="900" height="130" viewBox="0 0 900 130">
<defs>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-0" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-0">
</rect>
<g class="print-hatch">
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-1" patternTransform="rotate(45)">
<rect width="6" height="6" class="print-ground cat-1">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-2" patternTransform="rotate(-45)">
<rect width="6" height="6" class="print-ground cat-2">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-3" patternTransform="rotate(90)">
<rect width="6" height="6" class="print-ground cat-3">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-4" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-4">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-5" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-5">
</rect>
<g class="print-hatch">
<circle cx="3" cy="3" r="1.2">
</circle>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-6" patternTransform="rotate(45)">
<rect width="6" height="6" class="print-ground cat-6">
</rect>
<g class="print-hatch">
<path d="M0 0V6M0 0H6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-7" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-7">
</rect>
<g class="print-hatch">
<circle cx="3" cy="3" r="2.2">
</circle>
</g>
</pattern>
</defs>
<g class="lane" transform="translate(0 0)">
<text class="lane-label" x="0" y="12" lang="en">Expression</text>
<rect part="incident" role="button" class="mark cat-0 kind-year" data-id="unlocated" tabindex="0" aria-label="Website blocked, 2024, Expression, Location not stated" aria-pressed="false" x="34.1" y="21" width="831.8" height="12" rx="2">
<title>Website blocked, 2024, Expression, Location not stated</title>
</rect>
<rect part="incident" role="button" class="mark cat-0 kind-month" data-id="arrests" tabindex="-1" aria-label="Journalists arrested, September 2024, Expression, Capital, North" aria-pressed="false" x="588.6" y="39" width="68.2" height="12" rx="2">
<title>Journalists arrested, September 2024, Expression, Capital, North</title>
</rect>
</g>
<g class="lane" transform="translate(0 64)">
<text class="lane-label" x="0" y="12">Assembly</text>
<rect part="incident" role="button" class="mark cat-1 kind-period" data-id="protest-ban" tabindex="-1" aria-label="Protests banned, June 2024 – October 5, 2024, Assembly, South" aria-pressed="false" x="379.5" y="21" width="288.6" height="12" rx="2">
<title>Protests banned, June 2024 – October 5, 2024, Assembly, South</title>
</rect>
</g>
<g part="axis" transform="translate(0 100)">
<line x1="0" y1="0.5" y2="0.5" x2="900">
</line>
<g transform="translate(34.1 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Jan 2024</text>
</g>
<g transform="translate(240.9 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Apr 2024</text>
</g>
<g transform="translate(447.7 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Jul 2024</text>
</g>
<g transform="translate(656.8 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Oct 2024</text>
</g>
<g transform="translate(865.9 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Jan 2025</text>
</g>
<rect class="brush-band" x="0" y="0" width="900" height="30">
</rect>
</g>
</svg>
</div>
<ul class="kinds">
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-day" x="9" width="10" rx="5">
</rect>
</svg>a day</li>
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-month" x="1" width="26" rx="2">
</rect>
</svg>some time in this month or year</li>
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-period" x="1" width="26" rx="2">
</rect>
</svg>a period</li>
</ul>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="true" aria-controls="data-table"> Hide data table </button>
<div class="table-scroll" tabindex="0" role="region" id="data-table-scroll" aria-label="Incidents in the timeline, in time order">
<table part="table" id="data-table">
<caption> Incidents in the timeline, in time order </caption>
<thead>
<tr>
<th scope="col" class=""> Date </th>
<th scope="col" class=""> Incident </th>
<th scope="col" class=""> Category </th>
<th scope="col" class=""> Location </th>
<th scope="col" class="numeric"> People affected </th>
<th scope="col" class=""> Sources </th>
</tr>
</thead>
<tbody>
<tr data-id="unlocated">
<td class="">2024</td>
<td class="">
<span>Website blocked</span>
</td>
<td class="">Expression</td>
<td class="">Location not stated</td>
<td class="numeric">
</td>
<td class="">Example News</td>
</tr>
<tr data-id="protest-ban">
<td class="">June 2024 – October 5, 2024</td>
<td class="">
<span>Protests banned</span>
</td>
<td class="">Assembly</td>
<td class="">South</td>
<td class="numeric">
</td>
<td class="">Example Monitor; Example News</td>
</tr>
<tr data-id="arrests">
<td class="">September 2024</td>
<td class="">
<span lang="en">Journalists arrested</span>
</td>
<td class="">Expression</td>
<td class="">Capital, North</td>
<td class="numeric">2</td>
<td class="">Example Monitor</td>
</tr>
</tbody>
</table>
</div>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot timeline, en, 900, table, firefox */

snapshots["timeline, en, 900, table and detail, firefox"] = 
`<div class="frame">
<div class="toolbar">
<div class="zoom" role="group" aria-label="Zoom">
<button type="button" aria-label="Zoom in" title="Zoom in"> + </button>
<button type="button" aria-label="Zoom out" title="Zoom out"> − </button>
<button type="button">Show all</button>
<button type="button" aria-label="Filter to this period: December 17, 2023 – January 15, 2025"> Filter to this period </button>
</div>
<ul class="legend" aria-label="Categories">
<li>
<button type="button" class="cat-0" aria-pressed="true">
<span class="swatch">
</span>
<span lang="en">Expression</span>
</button>
</li>
<li>
<button type="button" class="cat-1" aria-pressed="true">
<span class="swatch">
</span>
<span>Assembly</span>
</button>
</li>
</ul>
</div>
<p class="summary" id="summary" tabindex="-1">3 incidents between 2024 and September 2024.</p>
<div class="chart" role="group" aria-describedby="summary keyboard-help" aria-label="Incident timeline">
<p id="keyboard-help" class="visually-hidden">Arrow keys move between incidents, Enter opens one, + and − zoom, Escape closes. To filter a period, zoom to it and choose “Filter to this period”, or drag along the axis.</p>
<svg width="900" height="130" viewBox="0 0 900 130">
<defs>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-0" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-0">
</rect>
<g class="print-hatch">
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-1" patternTransform="rotate(45)">
<rect width="6" height="6" class="print-ground cat-1">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-2" patternTransform="rotate(-45)">
<rect width="6" height="6" class="print-ground cat-2">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-3" patternTransform="rotate(90)">
<rect width="6" height="6" class="print-ground cat-3">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-4" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-4">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-5" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-5">
</rect>
<g class="print-hatch">
<circle cx="3" cy="3" r="1.2">
</circle>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-6" patternTransform="rotate(45)">
<rect width="6" height="6" class="print-ground cat-6">
</rect>
<g class="print-hatch">
<path d="M0 0V6M0 0H6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-7" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-7">
</rect>
<g class="print-hatch">
<circle cx="3" cy="3" r="2.2">
</circle>
</g>
</pattern>
</defs>
<g class="lane" transform="translate(0 0)">
<text class="lane-label" x="0" y="12" lang="en">Expression</text>
<rect part="incident" role="button" class="mark cat-0 kind-year" data-id="unlocated" tabindex="-1" aria-label="Website blocked, 2024, Expression, Location not stated" aria-pressed="false" x="34.1" y="21" width="831.8" height="12" rx="2">
<title>Website blocked, 2024, Expression, Location not stated</title>
</rect>
<rect part="incident" role="button" class="mark cat-0 kind-month selected" data-id="arrests" tabindex="0" aria-label="Journalists arrested, September 2024, Expression, Capital, North" aria-pressed="true" x="588.6" y="39" width="68.2" height="12" rx="2">
<title>Journalists arrested, September 2024, Expression, Capital, North</title>
</rect>
</g>
<g class="lane" transform="translate(0 64)">
<text class="lane-label" x="0" y="12">Assembly</text>
<rect part="incident" role="button" class="mark cat-1 kind-period" data-id="protest-ban" tabindex="-1" aria-label="Protests banned, June 2024 – October 5, 2024, Assembly, South" aria-pressed="false" x="379.5" y="21" width="288.6" height="12" rx="2">
<title>Protests banned, June 2024 – October 5, 2024, Assembly, South</title>
</rect>
</g>
<g part="axis" transform="translate(0 100)">
<line x1="0" y1="0.5" y2="0.5" x2="900">
</line>
<g transform="translate(34.1 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Jan 2024</text>
</g>
<g transform="translate(240.9 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Apr 2024</text>
</g>
<g transform="translate(447.7 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Jul 2024</text>
</g>
<g transform="translate(656.8 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Oct 2024</text>
</g>
<g transform="translate(865.9 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">Jan 2025</text>
</g>
<rect class="brush-band" x="0" y="0" width="900" height="30">
</rect>
</g>
</svg>
</div>
<ul class="kinds">
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-day" x="9" width="10" rx="5">
</rect>
</svg>a day</li>
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-month" x="1" width="26" rx="2">
</rect>
</svg>some time in this month or year</li>
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-period" x="1" width="26" rx="2">
</rect>
</svg>a period</li>
</ul>
<section part="detail" class="detail" aria-labelledby="detail-title">
<header>
<h3 id="detail-title">
<span lang="en">Journalists arrested</span>
</h3>
<button type="button" class="close">Close</button>
</header>
<dl>
<dt>Date</dt>
<dd>September 2024</dd>
<dt>Location</dt>
<dd>Capital, North</dd>
<dt>Category</dt>
<dd>Expression</dd>
<dt>People affected</dt>
<dd>2</dd>
<dt>Outcomes</dt>
<dd>detention</dd>
</dl>
<p class="summary-text" lang="en">Two journalists were arrested.</p>
<h4>Sources</h4>
<ul class="sources">
<li>
<a target="_blank" rel="noopener noreferrer" href="https://example.org/report">Example Monitor</a> (January 15, 2025) </li>
</ul>
</section>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="true" aria-controls="data-table"> Hide data table </button>
<div class="table-scroll" tabindex="0" role="region" id="data-table-scroll" aria-label="Incidents in the timeline, in time order">
<table part="table" id="data-table">
<caption> Incidents in the timeline, in time order </caption>
<thead>
<tr>
<th scope="col" class=""> Date </th>
<th scope="col" class=""> Incident </th>
<th scope="col" class=""> Category </th>
<th scope="col" class=""> Location </th>
<th scope="col" class="numeric"> People affected </th>
<th scope="col" class=""> Sources </th>
</tr>
</thead>
<tbody>
<tr data-id="unlocated">
<td class="">2024</td>
<td class="">
<span>Website blocked</span>
</td>
<td class="">Expression</td>
<td class="">Location not stated</td>
<td class="numeric">
</td>
<td class="">Example News</td>
</tr>
<tr data-id="protest-ban">
<td class="">June 2024 – October 5, 2024</td>
<td class="">
<span>Protests banned</span>
</td>
<td class="">Assembly</td>
<td class="">South</td>
<td class="numeric">
</td>
<td class="">Example Monitor; Example News</td>
</tr>
<tr data-id="arrests">
<td class="">September 2024</td>
<td class="">
<span lang="en">Journalists arrested</span>
</td>
<td class="">Expression</td>
<td class="">Capital, North</td>
<td class="numeric">2</td>
<td class="">Example Monitor</td>
</tr>
</tbody>
</table>
</div>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot timeline, en, 900, table and detail, firefox */

snapshots["timeline, ko, 900, table, firefox"] = 
`<div class="frame">
<div class="toolbar">
<div class="zoom" role="group" aria-label="확대/축소">
<button type="button" aria-label="확대" title="확대"> + </button>
<button type="button" aria-label="축소" title="축소"> − </button>
<button type="button">전체 보기</button>
<button type="button" aria-label="이 기간으로 필터: 2023년 12월 17일~2025년 1월 15일"> 이 기간으로 필터 </button>
</div>
<ul class="legend" aria-label="분류">
<li>
<button type="button" class="cat-0" aria-pressed="true">
<span class="swatch">
</span>
<span lang="ko">표현</span>
</button>
</li>
<li>
<button type="button" class="cat-1" aria-pressed="true">
<span class="swatch">
</span>
<span lang="ko">집회</span>
</button>
</li>
</ul>
</div>
<p class="summary" id="summary" tabindex="-1">2024년부터 2024년 9월까지 사건 3건.</p>
<div class="chart" role="group" aria-describedby="summary keyboard-help" aria-label="사건 타임라인">
<p id="keyboard-help" class="visually-hidden">화살표 키로 사건 사이를 이동하고, Enter로 열고, +와 −로 확대·축소하며, Esc로 닫습니다. 기간을 필터링하려면 그 기간으로 확대한 뒤 “이 기간으로 필터”를 누르거나 축을 따라 끄세요.</p>
<svg width="900" height="130" viewBox="0 0 900 130">
<defs>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-0" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-0">
</rect>
<g class="print-hatch">
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-1" patternTransform="rotate(45)">
<rect width="6" height="6" class="print-ground cat-1">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-2" patternTransform="rotate(-45)">
<rect width="6" height="6" class="print-ground cat-2">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-3" patternTransform="rotate(90)">
<rect width="6" height="6" class="print-ground cat-3">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-4" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-4">
</rect>
<g class="print-hatch">
<path d="M0 0V6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-5" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-5">
</rect>
<g class="print-hatch">
<circle cx="3" cy="3" r="1.2">
</circle>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-6" patternTransform="rotate(45)">
<rect width="6" height="6" class="print-ground cat-6">
</rect>
<g class="print-hatch">
<path d="M0 0V6M0 0H6">
</path>
</g>
</pattern>
<pattern width="6" height="6" patternUnits="userSpaceOnUse" id="print-7" patternTransform="rotate(0)">
<rect width="6" height="6" class="print-ground cat-7">
</rect>
<g class="print-hatch">
<circle cx="3" cy="3" r="2.2">
</circle>
</g>
</pattern>
</defs>
<g class="lane" transform="translate(0 0)">
<text class="lane-label" x="0" y="12" lang="ko">표현</text>
<rect part="incident" role="button" class="mark cat-0 kind-year" data-id="unlocated" tabindex="0" aria-label="웹사이트 차단, 2024년, 표현, 장소 미상" aria-pressed="false" x="34.1" y="21" width="831.8" height="12" rx="2">
<title>웹사이트 차단, 2024년, 표현, 장소 미상</title>
</rect>
<rect part="incident" role="button" class="mark cat-0 kind-month" data-id="arrests" tabindex="-1" aria-label="기자 체포, 2024년 9월, 표현, 수도, 북부" aria-pressed="false" x="588.6" y="39" width="68.2" height="12" rx="2">
<title>기자 체포, 2024년 9월, 표현, 수도, 북부</title>
</rect>
</g>
<g class="lane" transform="translate(0 64)">
<text class="lane-label" x="0" y="12" lang="ko">집회</text>
<rect part="incident" role="button" class="mark cat-1 kind-period" data-id="protest-ban" tabindex="-1" aria-label="시위 금지, 2024년 6월 – 2024년 10월 5일, 집회, 항구, 남부" aria-pressed="false" x="379.5" y="21" width="288.6" height="12" rx="2">
<title>시위 금지, 2024년 6월 – 2024년 10월 5일, 집회, 항구, 남부</title>
</rect>
</g>
<g part="axis" transform="translate(0 100)">
<line x1="0" y1="0.5" y2="0.5" x2="900">
</line>
<g transform="translate(34.1 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">2024년 1월</text>
</g>
<g transform="translate(240.9 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">2024년 4월</text>
</g>
<g transform="translate(447.7 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">2024년 7월</text>
</g>
<g transform="translate(656.8 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">2024년 10월</text>
</g>
<g transform="translate(865.9 0)">
<line y1="0" y2="5">
</line>
<text y="18" text-anchor="middle">2025년 1월</text>
</g>
<rect class="brush-band" x="0" y="0" width="900" height="30">
</rect>
</g>
</svg>
</div>
<ul class="kinds">
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-day" x="9" width="10" rx="5">
</rect>
</svg>하루</li>
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-month" x="1" width="26" rx="2">
</rect>
</svg>해당 월 또는 연도 중 어느 시점</li>
<li>
<svg width="28" height="12" aria-hidden="true">
<rect y="1" height="10" class="kind-period" x="1" width="26" rx="2">
</rect>
</svg>기간</li>
</ul>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="true" aria-controls="data-table"> 데이터 표 숨기기 </button>
<div class="table-scroll" tabindex="0" role="region" id="data-table-scroll" aria-label="타임라인의 사건 (시간순)">
<table part="table" id="data-table">
<caption> 타임라인의 사건 (시간순) </caption>
<thead>
<tr>
<th scope="col" class=""> 날짜 </th>
<th scope="col" class=""> 사건 </th>
<th scope="col" class=""> 분류 </th>
<th scope="col" class=""> 장소 </th>
<th scope="col" class="numeric"> 피해 인원 </th>
<th scope="col" class=""> 출처 </th>
</tr>
</thead>
<tbody>
<tr data-id="unlocated">
<td class="">2024년</td>
<td class="">
<span lang="ko">웹사이트 차단</span>
</td>
<td class="">표현</td>
<td class="">장소 미상</td>
<td class="numeric">
</td>
<td class="">예시 뉴스</td>
</tr>
<tr data-id="protest-ban">
<td class="">2024년 6월 – 2024년 10월 5일</td>
<td class="">
<span lang="ko">시위 금지</span>
</td>
<td class="">집회</td>
<td class="">항구, 남부</td>
<td class="numeric">1,200</td>
<td class="">CIVICUS; 예시 뉴스</td>
</tr>
<tr data-id="arrests">
<td class="">2024년 9월</td>
<td class="">
<span lang="ko">기자 체포</span>
</td>
<td class="">표현</td>
<td class="">수도, 북부</td>
<td class="numeric">2</td>
<td class="">CIVICUS</td>
</tr>
</tbody>
</table>
</div>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> 내보내기 </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot timeline, ko, 900, table, firefox */

snapshots["timeline, en, 360, firefox"] = 
`<div class="frame">
<div class="toolbar">
<div class="zoom" role="group" aria-label="Zoom">
<button type="button" aria-label="Zoom in" title="Zoom in"> + </button>
<button type="button" aria-label="Zoom out" title="Zoom out"> − </button>
<button type="button">Show all</button>
<button type="button" aria-label="Filter to this period: December 17, 2023 – January 15, 2025"> Filter to this period </button>
</div>
<ul class="legend" aria-label="Categories">
<li>
<button type="button" class="cat-0" aria-pressed="true">
<span class="swatch">
</span>
<span lang="en">Expression</span>
</button>
</li>
<li>
<button type="button" class="cat-1" aria-pressed="true">
<span class="swatch">
</span>
<span>Assembly</span>
</button>
</li>
</ul>
</div>
<p class="summary" id="summary" tabindex="-1">3 incidents between 2024 and September 2024.</p>
<div class="list" role="group" aria-label="Incident timeline">
<h3>2024</h3>
<ol>
<li>
<button type="button" part="incident" class="cat-0 kind-year" data-id="unlocated" tabindex="0" aria-pressed="false">
<span class="when">2024</span>
<span>Website blocked</span>
</button>
</li>
</ol>
<h3>June 2024</h3>
<ol>
<li>
<button type="button" part="incident" class="cat-1 kind-period" data-id="protest-ban" tabindex="-1" aria-pressed="false">
<span class="when">June 2024 – October 5, 2024</span>
<span>Protests banned</span>
</button>
</li>
</ol>
<h3>September 2024</h3>
<ol>
<li>
<button type="button" part="incident" class="cat-0 kind-month" data-id="arrests" tabindex="-1" aria-pressed="false">
<span class="when">September 2024</span>
<span lang="en">Journalists arrested</span>
</button>
</li>
</ol>
</div>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="false" aria-controls="data-table"> Show data table </button>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot timeline, en, 360, firefox */

snapshots["map, incidents, en, 900, firefox"] = 
`<div class="frame">
<p class="summary" id="summary" tabindex="-1">Incidents documented in 2 of 3 regions; most in North (1). 1 incident without a stated location.</p>
<div class="map" role="group" aria-describedby="summary keyboard-help" aria-label="Map of incidents by region">
<p id="keyboard-help" class="visually-hidden">Arrow keys move between regions and places, Enter selects one and filters by region, Escape clears.</p>
<svg width="900" height="640" viewBox="0 0 900 640">
<defs>
<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect class="hatch-ground" width="6" height="6">
</rect>
<line class="hatch-line" x1="0" y1="0" x2="0" y2="6">
</line>
</pattern>
</defs>
<g class="regions">
<path part="region" role="button" class="region s3" data-id="XA-01" d="M156.8,321L156.8,8L450,8L450,321Z" tabindex="0" aria-pressed="false" aria-label="North: 1 incident">
</path>
<path part="region" role="button" class="region s3" data-id="XA-02" d="M156.8,632L156.8,321L450,321L450,632Z" tabindex="-1" aria-pressed="false" aria-label="South: 1 incident">
</path>
<path part="region" class="region no-data" fill="url(#hatch)" role="img" data-id="XA-03" d="M450,632L450,321L743.2,321L743.2,632Z" aria-label="Islands: No data">
</path>
</g>
<g class="outlines" aria-hidden="true">
</g>
<g class="labels" aria-hidden="true">
<text class="label place" x="311.4" y="242.9" text-anchor="start">Capital</text>
<text class="label region" x="303.4" y="164.5" text-anchor="middle">North</text>
<text class="label region" x="596.6" y="476.5" text-anchor="middle">Islands</text>
<text class="label region" x="303.4" y="476.5" text-anchor="middle">South</text>
</g>
<g class="places">
<circle part="place" r="4.5" role="button" class="" data-id="capital" cx="303.4" cy="242.9" tabindex="-1" aria-label="Capital (named place): 1 incident">
</circle>
</g>
</svg>
</div>
<div part="legend" class="legend">
<p class="legend-title">Incidents per region</p>
<ul class="scale">
<li>
<span class="swatch no-data">
</span>No data</li>
<li>
<span class="swatch s0">
</span>0</li>
<li>
<span class="swatch s3">
</span>1</li>
<li>
<span class="swatch place-swatch">
</span>Named place</li>
</ul>
<p class="unlocated">1 incident without a stated location</p>
</div>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="false" aria-controls="data-table"> Show data table </button>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot map, incidents, en, 900, firefox */

snapshots["map, incidents, en, 900, table, firefox"] = 
`<div class="frame">
<p class="summary" id="summary" tabindex="-1">Incidents documented in 2 of 3 regions; most in North (1). 1 incident without a stated location.</p>
<div class="map" role="group" aria-describedby="summary keyboard-help" aria-label="Map of incidents by region">
<p id="keyboard-help" class="visually-hidden">Arrow keys move between regions and places, Enter selects one and filters by region, Escape clears.</p>
<svg width="900" height="640" viewBox="0 0 900 640">
<defs>
<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect class="hatch-ground" width="6" height="6">
</rect>
<line class="hatch-line" x1="0" y1="0" x2="0" y2="6">
</line>
</pattern>
</defs>
<g class="regions">
<path part="region" role="button" class="region s3" data-id="XA-01" d="M156.8,321L156.8,8L450,8L450,321Z" tabindex="0" aria-pressed="false" aria-label="North: 1 incident">
</path>
<path part="region" role="button" class="region s3" data-id="XA-02" d="M156.8,632L156.8,321L450,321L450,632Z" tabindex="-1" aria-pressed="false" aria-label="South: 1 incident">
</path>
<path part="region" class="region no-data" fill="url(#hatch)" role="img" data-id="XA-03" d="M450,632L450,321L743.2,321L743.2,632Z" aria-label="Islands: No data">
</path>
</g>
<g class="outlines" aria-hidden="true">
</g>
<g class="labels" aria-hidden="true">
<text class="label place" x="311.4" y="242.9" text-anchor="start">Capital</text>
<text class="label region" x="303.4" y="164.5" text-anchor="middle">North</text>
<text class="label region" x="596.6" y="476.5" text-anchor="middle">Islands</text>
<text class="label region" x="303.4" y="476.5" text-anchor="middle">South</text>
</g>
<g class="places">
<circle part="place" r="4.5" role="button" class="" data-id="capital" cx="303.4" cy="242.9" tabindex="-1" aria-label="Capital (named place): 1 incident">
</circle>
</g>
</svg>
</div>
<div part="legend" class="legend">
<p class="legend-title">Incidents per region</p>
<ul class="scale">
<li>
<span class="swatch no-data">
</span>No data</li>
<li>
<span class="swatch s0">
</span>0</li>
<li>
<span class="swatch s3">
</span>1</li>
<li>
<span class="swatch place-swatch">
</span>Named place</li>
</ul>
<p class="unlocated">1 incident without a stated location</p>
</div>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="true" aria-controls="data-table"> Hide data table </button>
<div class="table-scroll" tabindex="0" role="region" id="data-table-scroll" aria-label="Incidents and people affected per region, in the current filter">
<table part="table" id="data-table">
<caption> Incidents and people affected per region, in the current filter </caption>
<thead>
<tr>
<th scope="col" class=""> Region </th>
<th scope="col" class="numeric"> Incidents </th>
<th scope="col" class="numeric"> People affected </th>
</tr>
</thead>
<tbody>
<tr data-id="XA-01">
<td class="">North</td>
<td class="numeric">1</td>
<td class="numeric">2</td>
</tr>
<tr data-id="XA-02">
<td class="">South</td>
<td class="numeric">1</td>
<td class="numeric">0</td>
</tr>
<tr data-id="XA-03">
<td class="">Islands</td>
<td class="numeric">No data (not in the dataset)</td>
<td class="numeric">
</td>
</tr>
<tr data-id="location-not-stated">
<td class="">Location not stated</td>
<td class="numeric">1</td>
<td class="numeric">0</td>
</tr>
</tbody>
</table>
</div>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot map, incidents, en, 900, table, firefox */

snapshots["map, incidents, en, 900, table and incident, firefox"] = 
`<div class="frame">
<p class="summary" id="summary" tabindex="-1">Incidents documented in 2 of 3 regions; most in North (1). 1 incident without a stated location.</p>
<div class="map" role="group" aria-describedby="summary keyboard-help" aria-label="Map of incidents by region">
<p id="keyboard-help" class="visually-hidden">Arrow keys move between regions and places, Enter selects one and filters by region, Escape clears.</p>
<svg width="900" height="640" viewBox="0 0 900 640">
<defs>
<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect class="hatch-ground" width="6" height="6">
</rect>
<line class="hatch-line" x1="0" y1="0" x2="0" y2="6">
</line>
</pattern>
</defs>
<g class="regions">
<path part="region" role="button" class="region s3" data-id="XA-01" d="M156.8,321L156.8,8L450,8L450,321Z" tabindex="-1" aria-pressed="false" aria-label="North: 1 incident">
</path>
<path part="region" role="button" class="region s3" data-id="XA-02" d="M156.8,632L156.8,321L450,321L450,632Z" tabindex="-1" aria-pressed="false" aria-label="South: 1 incident">
</path>
<path part="region" class="region no-data" fill="url(#hatch)" role="img" data-id="XA-03" d="M450,632L450,321L743.2,321L743.2,632Z" aria-label="Islands: No data">
</path>
</g>
<g class="outlines" aria-hidden="true">
</g>
<g class="labels" aria-hidden="true">
<text class="label place" x="311.4" y="242.9" text-anchor="start">Capital</text>
<text class="label region" x="303.4" y="164.5" text-anchor="middle">North</text>
<text class="label region" x="596.6" y="476.5" text-anchor="middle">Islands</text>
<text class="label region" x="303.4" y="476.5" text-anchor="middle">South</text>
</g>
<g class="places">
<circle part="place" r="4.5" role="button" class="selected" data-id="capital" cx="303.4" cy="242.9" tabindex="0" aria-label="Capital (named place): 1 incident">
</circle>
</g>
</svg>
</div>
<div part="legend" class="legend">
<p class="legend-title">Incidents per region</p>
<ul class="scale">
<li>
<span class="swatch no-data">
</span>No data</li>
<li>
<span class="swatch s0">
</span>0</li>
<li>
<span class="swatch s3">
</span>1</li>
<li>
<span class="swatch place-swatch">
</span>Named place</li>
</ul>
<p class="unlocated">1 incident without a stated location</p>
</div>
<section part="detail" class="detail" aria-labelledby="detail-title">
<header>
<h3 id="detail-title">
<span lang="en">Journalists arrested</span>
</h3>
<button type="button" class="close">Close</button>
</header>
<dl>
<dt>Date</dt>
<dd>September 2024</dd>
<dt>Location</dt>
<dd>Capital, North</dd>
<dt>Category</dt>
<dd>Expression</dd>
<dt>People affected</dt>
<dd>2</dd>
<dt>Outcomes</dt>
<dd>detention</dd>
</dl>
<p class="summary-text" lang="en">Two journalists were arrested.</p>
<h4>Sources</h4>
<ul class="sources">
<li>
<a target="_blank" rel="noopener noreferrer" href="https://example.org/report">Example Monitor</a> (January 15, 2025) </li>
</ul>
</section>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="true" aria-controls="data-table"> Hide data table </button>
<div class="table-scroll" tabindex="0" role="region" id="data-table-scroll" aria-label="Incidents and people affected per region, in the current filter">
<table part="table" id="data-table">
<caption> Incidents and people affected per region, in the current filter </caption>
<thead>
<tr>
<th scope="col" class=""> Region </th>
<th scope="col" class="numeric"> Incidents </th>
<th scope="col" class="numeric"> People affected </th>
</tr>
</thead>
<tbody>
<tr data-id="XA-01">
<td class="">North</td>
<td class="numeric">1</td>
<td class="numeric">2</td>
</tr>
<tr data-id="XA-02">
<td class="">South</td>
<td class="numeric">1</td>
<td class="numeric">0</td>
</tr>
<tr data-id="XA-03">
<td class="">Islands</td>
<td class="numeric">No data (not in the dataset)</td>
<td class="numeric">
</td>
</tr>
<tr data-id="location-not-stated">
<td class="">Location not stated</td>
<td class="numeric">1</td>
<td class="numeric">0</td>
</tr>
</tbody>
</table>
</div>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot map, incidents, en, 900, table and incident, firefox */

snapshots["map, people, en, 900, firefox"] = 
`<div class="frame">
<p class="summary" id="summary" tabindex="-1">People affected documented in 1 of 3 regions; most in North (2). 1 incident without a stated location.</p>
<div class="map" role="group" aria-describedby="summary keyboard-help" aria-label="Map of incidents by region">
<p id="keyboard-help" class="visually-hidden">Arrow keys move between regions and places, Enter selects one and filters by region, Escape clears.</p>
<svg width="900" height="640" viewBox="0 0 900 640">
<defs>
<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect class="hatch-ground" width="6" height="6">
</rect>
<line class="hatch-line" x1="0" y1="0" x2="0" y2="6">
</line>
</pattern>
</defs>
<g class="regions">
<path part="region" role="button" class="region s5" data-id="XA-01" d="M156.8,321L156.8,8L450,8L450,321Z" tabindex="0" aria-pressed="false" aria-label="North: 2 people affected, 1 incident">
</path>
<path part="region" role="button" class="region s0" data-id="XA-02" d="M156.8,632L156.8,321L450,321L450,632Z" tabindex="-1" aria-pressed="false" aria-label="South: 0 people affected, 1 incident">
</path>
<path part="region" class="region no-data" fill="url(#hatch)" role="img" data-id="XA-03" d="M450,632L450,321L743.2,321L743.2,632Z" aria-label="Islands: No data">
</path>
</g>
<g class="outlines" aria-hidden="true">
</g>
<g class="labels" aria-hidden="true">
<text class="label place" x="311.4" y="242.9" text-anchor="start">Capital</text>
<text class="label region" x="303.4" y="164.5" text-anchor="middle">North</text>
<text class="label region" x="596.6" y="476.5" text-anchor="middle">Islands</text>
<text class="label region" x="303.4" y="476.5" text-anchor="middle">South</text>
</g>
<g class="places">
<circle part="place" r="4.5" role="button" class="" data-id="capital" cx="303.4" cy="242.9" tabindex="-1" aria-label="Capital (named place): 2 people affected, 1 incident">
</circle>
</g>
</svg>
</div>
<div part="legend" class="legend">
<p class="legend-title">People affected per region</p>
<ul class="scale">
<li>
<span class="swatch no-data">
</span>No data</li>
<li>
<span class="swatch s0">
</span>0</li>
<li>
<span class="swatch s1">
</span>1</li>
<li>
<span class="swatch s5">
</span>2</li>
<li>
<span class="swatch place-swatch">
</span>Named place</li>
</ul>
<p class="unlocated">1 incident without a stated location</p>
<p class="note">Counts only incidents whose source gives a number: 2 incidents give none.</p>
</div>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="false" aria-controls="data-table"> Show data table </button>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot map, people, en, 900, firefox */

snapshots["map, people, en, 900, table, firefox"] = 
`<div class="frame">
<p class="summary" id="summary" tabindex="-1">People affected documented in 1 of 3 regions; most in North (2). 1 incident without a stated location.</p>
<div class="map" role="group" aria-describedby="summary keyboard-help" aria-label="Map of incidents by region">
<p id="keyboard-help" class="visually-hidden">Arrow keys move between regions and places, Enter selects one and filters by region, Escape clears.</p>
<svg width="900" height="640" viewBox="0 0 900 640">
<defs>
<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect class="hatch-ground" width="6" height="6">
</rect>
<line class="hatch-line" x1="0" y1="0" x2="0" y2="6">
</line>
</pattern>
</defs>
<g class="regions">
<path part="region" role="button" class="region s5" data-id="XA-01" d="M156.8,321L156.8,8L450,8L450,321Z" tabindex="0" aria-pressed="false" aria-label="North: 2 people affected, 1 incident">
</path>
<path part="region" role="button" class="region s0" data-id="XA-02" d="M156.8,632L156.8,321L450,321L450,632Z" tabindex="-1" aria-pressed="false" aria-label="South: 0 people affected, 1 incident">
</path>
<path part="region" class="region no-data" fill="url(#hatch)" role="img" data-id="XA-03" d="M450,632L450,321L743.2,321L743.2,632Z" aria-label="Islands: No data">
</path>
</g>
<g class="outlines" aria-hidden="true">
</g>
<g class="labels" aria-hidden="true">
<text class="label place" x="311.4" y="242.9" text-anchor="start">Capital</text>
<text class="label region" x="303.4" y="164.5" text-anchor="middle">North</text>
<text class="label region" x="596.6" y="476.5" text-anchor="middle">Islands</text>
<text class="label region" x="303.4" y="476.5" text-anchor="middle">South</text>
</g>
<g class="places">
<circle part="place" r="4.5" role="button" class="" data-id="capital" cx="303.4" cy="242.9" tabindex="-1" aria-label="Capital (named place): 2 people affected, 1 incident">
</circle>
</g>
</svg>
</div>
<div part="legend" class="legend">
<p class="legend-title">People affected per region</p>
<ul class="scale">
<li>
<span class="swatch no-data">
</span>No data</li>
<li>
<span class="swatch s0">
</span>0</li>
<li>
<span class="swatch s1">
</span>1</li>
<li>
<span class="swatch s5">
</span>2</li>
<li>
<span class="swatch place-swatch">
</span>Named place</li>
</ul>
<p class="unlocated">1 incident without a stated location</p>
<p class="note">Counts only incidents whose source gives a number: 2 incidents give none.</p>
</div>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="true" aria-controls="data-table"> Hide data table </button>
<div class="table-scroll" tabindex="0" role="region" id="data-table-scroll" aria-label="Incidents and people affected per region, in the current filter">
<table part="table" id="data-table">
<caption> Incidents and people affected per region, in the current filter </caption>
<thead>
<tr>
<th scope="col" class=""> Region </th>
<th scope="col" class="numeric"> Incidents </th>
<th scope="col" class="numeric"> People affected </th>
</tr>
</thead>
<tbody>
<tr data-id="XA-01">
<td class="">North</td>
<td class="numeric">1</td>
<td class="numeric">2</td>
</tr>
<tr data-id="XA-03">
<td class="">Islands</td>
<td class="numeric">No data (not in the dataset)</td>
<td class="numeric">
</td>
</tr>
<tr data-id="XA-02">
<td class="">South</td>
<td class="numeric">1</td>
<td class="numeric">0</td>
</tr>
<tr data-id="location-not-stated">
<td class="">Location not stated</td>
<td class="numeric">1</td>
<td class="numeric">0</td>
</tr>
</tbody>
</table>
</div>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot map, people, en, 900, table, firefox */

snapshots["map, people, en, 900, table and incident, firefox"] = 
`<div class="frame">
<p class="summary" id="summary" tabindex="-1">People affected documented in 1 of 3 regions; most in North (2). 1 incident without a stated location.</p>
<div class="map" role="group" aria-describedby="summary keyboard-help" aria-label="Map of incidents by region">
<p id="keyboard-help" class="visually-hidden">Arrow keys move between regions and places, Enter selects one and filters by region, Escape clears.</p>
<svg width="900" height="640" viewBox="0 0 900 640">
<defs>
<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect class="hatch-ground" width="6" height="6">
</rect>
<line class="hatch-line" x1="0" y1="0" x2="0" y2="6">
</line>
</pattern>
</defs>
<g class="regions">
<path part="region" role="button" class="region s5" data-id="XA-01" d="M156.8,321L156.8,8L450,8L450,321Z" tabindex="-1" aria-pressed="false" aria-label="North: 2 people affected, 1 incident">
</path>
<path part="region" role="button" class="region s0" data-id="XA-02" d="M156.8,632L156.8,321L450,321L450,632Z" tabindex="-1" aria-pressed="false" aria-label="South: 0 people affected, 1 incident">
</path>
<path part="region" class="region no-data" fill="url(#hatch)" role="img" data-id="XA-03" d="M450,632L450,321L743.2,321L743.2,632Z" aria-label="Islands: No data">
</path>
</g>
<g class="outlines" aria-hidden="true">
</g>
<g class="labels" aria-hidden="true">
<text class="label place" x="311.4" y="242.9" text-anchor="start">Capital</text>
<text class="label region" x="303.4" y="164.5" text-anchor="middle">North</text>
<text class="label region" x="596.6" y="476.5" text-anchor="middle">Islands</text>
<text class="label region" x="303.4" y="476.5" text-anchor="middle">South</text>
</g>
<g class="places">
<circle part="place" r="4.5" role="button" class="selected" data-id="capital" cx="303.4" cy="242.9" tabindex="0" aria-label="Capital (named place): 2 people affected, 1 incident">
</circle>
</g>
</svg>
</div>
<div part="legend" class="legend">
<p class="legend-title">People affected per region</p>
<ul class="scale">
<li>
<span class="swatch no-data">
</span>No data</li>
<li>
<span class="swatch s0">
</span>0</li>
<li>
<span class="swatch s1">
</span>1</li>
<li>
<span class="swatch s5">
</span>2</li>
<li>
<span class="swatch place-swatch">
</span>Named place</li>
</ul>
<p class="unlocated">1 incident without a stated location</p>
<p class="note">Counts only incidents whose source gives a number: 2 incidents give none.</p>
</div>
<section part="detail" class="detail" aria-labelledby="detail-title">
<header>
<h3 id="detail-title">
<span lang="en">Journalists arrested</span>
</h3>
<button type="button" class="close">Close</button>
</header>
<dl>
<dt>Date</dt>
<dd>September 2024</dd>
<dt>Location</dt>
<dd>Capital, North</dd>
<dt>Category</dt>
<dd>Expression</dd>
<dt>People affected</dt>
<dd>2</dd>
<dt>Outcomes</dt>
<dd>detention</dd>
</dl>
<p class="summary-text" lang="en">Two journalists were arrested.</p>
<h4>Sources</h4>
<ul class="sources">
<li>
<a target="_blank" rel="noopener noreferrer" href="https://example.org/report">Example Monitor</a> (January 15, 2025) </li>
</ul>
</section>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="true" aria-controls="data-table"> Hide data table </button>
<div class="table-scroll" tabindex="0" role="region" id="data-table-scroll" aria-label="Incidents and people affected per region, in the current filter">
<table part="table" id="data-table">
<caption> Incidents and people affected per region, in the current filter </caption>
<thead>
<tr>
<th scope="col" class=""> Region </th>
<th scope="col" class="numeric"> Incidents </th>
<th scope="col" class="numeric"> People affected </th>
</tr>
</thead>
<tbody>
<tr data-id="XA-01">
<td class="">North</td>
<td class="numeric">1</td>
<td class="numeric">2</td>
</tr>
<tr data-id="XA-03">
<td class="">Islands</td>
<td class="numeric">No data (not in the dataset)</td>
<td class="numeric">
</td>
</tr>
<tr data-id="XA-02">
<td class="">South</td>
<td class="numeric">1</td>
<td class="numeric">0</td>
</tr>
<tr data-id="location-not-stated">
<td class="">Location not stated</td>
<td class="numeric">1</td>
<td class="numeric">0</td>
</tr>
</tbody>
</table>
</div>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> Export </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot map, people, en, 900, table and incident, firefox */

snapshots["tracker, linked, ko, 900, firefox"] = 
`<div class="frame">
<div class="switcher" role="group" aria-label="검토">
<button type="button" data-review="upr-4" aria-pressed="true"> 보편적 정례 검토(UPR), 2024년 11월 </button>
<button type="button" data-review="upr-3" aria-pressed="false"> 보편적 정례 검토(UPR), 2019년 5월 </button>
</div>
<header class="review">
<h2 id="review-title">보편적 정례 검토(UPR), 2024년 11월</h2>
<p class="review-meta">
<span lang="ko">유엔 인권이사회</span>, 제4주기 </p>
<p class="review-summary" lang="ko">예시국에 대한 네 번째 검토.</p>
<p class="arithmetic" id="summary" tabindex="-1">권고 10건 접수; 그중 2건을 주제 2개로 여기에 정리; 수용 여부: 주목 1건, 알 수 없음 1건; 이행 상황: 미착수 1건, 알 수 없음 1건.</p>
<div part="summary-chart" class="summary-chart">
<figure class="bar-figure" data-kind="response">
<figcaption>수용 여부별</figcaption>
<svg class="bar" preserveAspectRatio="none" aria-hidden="true" focusable="false" viewBox="0 0 1000 10">
<rect class="bar-track" x="0" y="0" height="10" width="1000">
</rect>
<rect y="0" height="10" class="seg response-noted" data-key="noted" x="0" width="100">
</rect>
<rect y="0" height="10" class="seg response-unknown" data-key="unknown" x="100" width="100">
</rect>
<rect y="0" height="10" class="seg response-unlisted" data-key="unlisted" x="200" width="800">
</rect>
</svg>
<ul class="bar-legend">
<li data-key="noted">
<span class="swatch response-noted">
</span>주목: 1건 (10%) </li>
<li data-key="unknown">
<span class="swatch response-unknown">
</span>알 수 없음: 1건 (10%) </li>
<li data-key="unlisted">
<span class="swatch response-unlisted">
</span>8건은 이 데이터셋에 목록 없음 (80%) </li>
</ul>
</figure>
<figure class="bar-figure" data-kind="implementation">
<figcaption>이행 상황별</figcaption>
<svg class="bar" preserveAspectRatio="none" aria-hidden="true" focusable="false" viewBox="0 0 1000 10">
<rect class="bar-track" x="0" y="0" height="10" width="1000">
</rect>
<rect y="0" height="10" class="seg implementation-not-started" data-key="not-started" x="0" width="100">
</rect>
<rect y="0" height="10" class="seg implementation-unknown" data-key="unknown" x="100" width="100">
</rect>
<rect y="0" height="10" class="seg implementation-unlisted" data-key="unlisted" x="200" width="800">
</rect>
</svg>
<ul class="bar-legend">
<li data-key="not-started">
<span class="swatch implementation-not-started">
</span>미착수: 1건 (10%) </li>
<li data-key="unknown">
<span class="swatch implementation-unknown">
</span>알 수 없음: 1건 (10%) </li>
<li data-key="unlisted">
<span class="swatch implementation-unlisted">
</span>8건은 이 데이터셋에 목록 없음 (80%) </li>
</ul>
</figure>
</div>
</header>
<form class="filters" role="search" aria-label="권고 필터">
<label>주제 <select data-filter="theme">
<option value="" selected="">모든 주제</option>
<option value="press">언론 자유</option>
<option value="detention">구금</option>
<option value="(none)">기타 / 주제 없음</option>
</select>
</label>
<label>수용 여부 <select data-filter="response">
<option value="" selected="">모든 수용 여부</option>
<option value="supported">수용</option>
<option value="noted">주목</option>
<option value="pending">검토 중</option>
<option value="unknown">알 수 없음</option>
</select>
</label>
<label>이행 상황 <select data-filter="implementation">
<option value="" selected="">모든 이행 상황</option>
<option value="not-started">미착수</option>
<option value="in-progress">이행 중</option>
<option value="implemented">이행 완료</option>
<option value="regressed">후퇴</option>
<option value="unknown">알 수 없음</option>
</select>
</label>
<label>권고국 <select data-filter="state">
<option value="" selected="">모든 권고국</option>
<option value="노르웨이">노르웨이</option>
</select>
</label>
<label class="search">검색 <input type="search" data-filter="query">
</label>
</form>
<p class="count" role="status"> 2건 중 2건 표시 </p>
<p id="keyboard-help" class="visually-hidden">화살표 키로 권고 사이를 이동하고, Enter로 전문을 열며, Esc로 닫습니다.</p>
<div class="groups" role="group" aria-describedby="summary keyboard-help" aria-label="권고">
<section part="theme" class="theme" data-id="press" aria-labelledby="theme-0">
<h3 id="theme-0">
<span lang="ko">언론 자유</span>
<span class="theme-count">(1)</span>
</h3>
<ul class="rows">
<li part="recommendation" class="row" data-id="rec-1">
<button type="button" class="row-button" tabindex="0" aria-expanded="false">
<span class="rec-text" lang="ko">구금된 기자들을 석방할 것.</span>
<span class="badges">
<span class="badge">
<span class="swatch response-noted">
</span>
<span class="badge-label">수용 여부:</span> 주목 </span>
<span class="badge">
<span class="swatch implementation-not-started">
</span>
<span class="badge-label">이행 상황:</span> 미착수 </span>
<span class="states">
<span class="badge-label">권고국:</span> 노르웨이</span>
</span>
</button>
</li>
</ul>
</section>
<section part="theme" class="theme" data-id="(none)" aria-labelledby="theme-1">
<h3 id="theme-1">
<span>기타 / 주제 없음</span>
<span class="theme-count">(1)</span>
</h3>
<ul class="rows">
<li part="recommendation" class="row" data-id="rec-2">
<button type="button" class="row-button" tabindex="-1" aria-expanded="false">
<span class="rec-text" lang="ko">조약을 비준할 것.</span>
<span class="badges">
<span class="badge">
<span class="swatch response-unknown">
</span>
<span class="badge-label">수용 여부:</span> 알 수 없음 </span>
<span class="badge">
<span class="swatch implementation-unknown">
</span>
<span class="badge-label">이행 상황:</span> 알 수 없음 </span>
</span>
</button>
</li>
</ul>
</section>
</div>
<section class="context" aria-labelledby="context-title">
<h3 id="context-title">같은 기간의 사건</h3>
<p> 이 검토까지 12개월(2023년 11월~2024년 11월) 동안 기록된 사건 3건. </p>
<ul class="context-list">
<li data-id="arrests">
<span class="when">2024년 9월</span>
<span lang="ko">기자 체포</span>
</li>
<li data-id="protest-ban">
<span class="when">2024년 6월 – 2024년 10월 5일</span>
<span lang="ko">시위 금지</span>
</li>
<li data-id="unlocated">
<span class="when">2024년</span>
<span lang="ko">웹사이트 차단</span>
</li>
</ul>
</section>
<div class="table-view">
<button type="button" part="table-toggle" aria-expanded="false" aria-controls="data-table"> 데이터 표 보기 </button>
</div>
<div class="export" part="export">
<button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false"> 내보내기 </button>
<p role="status">
</p>
</div>
</div>`;
/* end snapshot tracker, linked, ko, 900, firefox */

