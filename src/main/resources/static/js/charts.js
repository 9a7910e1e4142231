/*
 * Cashpost's charts: a bar chart and a line chart drawn as SVG from JSON the page carries in a
 * <script type="application/json"> element. No library, no network: served by Cashpost itself.
 *
 * <div class="chart" data-kind="bars|lines" data-source="ID"></div>
 * bars:  [{"title": "...", "labels": [...], "values": ["12.50", ...], "unit": "EUR"}]
 * lines: [{"title": "...", "labels": [...], "series": {"name": ["1.0", null, ...], ...}}]
 */
(function () {
	'use strict';
	var SVG = 'http://www.w3.org/2000/svg';
	var COLOURS = ['#1f5fa8', '#2e9d6a', '#e0a100', '#d9622b', '#b3261e', '#6b2fa3'];
	var W = 560, H = 220, LEFT = 64, RIGHT = 12, TOP = 24, BOTTOM = 34;

	function el(name, attributes, parent, text) {
		var node = document.createElementNS(SVG, name);
		Object.keys(attributes).forEach(function (key) { node.setAttribute(key, attributes[key]); });
		if (text !== undefined) { node.textContent = text; }
		if (parent) { parent.appendChild(node); }
		return node;
	}

	function number(value) {
		return (value === null || value === undefined) ? null : parseFloat(value);
	}

	function niceMax(max) {
		if (!(max > 0)) { return 1; }
		var power = Math.pow(10, Math.floor(Math.log10(max)));
		var steps = [1, 2, 2.5, 5, 10];
		for (var i = 0; i < steps.length; i++) {
			if (max <= steps[i] * power) { return steps[i] * power; }
		}
		return 10 * power;
	}

	function format(value) {
		return value >= 1e6 ? (value / 1e6).toFixed(1) + 'M' : value >= 1e4 ? (value / 1e3).toFixed(0) + 'k'
			: value.toLocaleString('en', { maximumFractionDigits: 1 });
	}

	function frame(svg, chart, max) {
		el('text', { x: LEFT, y: 14, 'class': 'title' }, svg, chart.title);
		for (var i = 0; i <= 4; i++) {
			var y = TOP + (H - TOP - BOTTOM) * (1 - i / 4);
			el('line', { x1: LEFT, x2: W - RIGHT, y1: y, y2: y, 'class': 'axis' }, svg);
			el('text', { x: LEFT - 6, y: y + 4, 'text-anchor': 'end' }, svg, format(max * i / 4));
		}
	}

	function bars(chart) {
		var svg = el('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': chart.title });
		var values = chart.values.map(number);
		var max = niceMax(Math.max.apply(null, values.concat([0])));
		frame(svg, chart, max);
		var slot = (W - LEFT - RIGHT) / values.length;
		values.forEach(function (value, i) {
			var height = (H - TOP - BOTTOM) * (value || 0) / max;
			var x = LEFT + i * slot + slot * 0.15;
			var bar = el('rect', { x: x, y: H - BOTTOM - height, width: slot * 0.7, height: height,
				fill: i === 0 ? COLOURS[1] : COLOURS[Math.min(i + 1, COLOURS.length - 1)] }, svg);
			el('title', {}, bar, chart.labels[i] + ': ' + chart.unit + ' ' + (chart.values[i] || '0'));
			el('text', { x: x + slot * 0.35, y: H - BOTTOM + 14, 'text-anchor': 'middle' }, svg, chart.labels[i]);
		});
		return svg;
	}

	function lines(chart) {
		var svg = el('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': chart.title });
		var names = Object.keys(chart.series);
		var all = [];
		names.forEach(function (name) { all = all.concat(chart.series[name].map(number).filter(function (v) { return v !== null; })); });
		var max = niceMax(Math.max.apply(null, all.concat([0])));
		frame(svg, chart, max);
		var count = chart.labels.length;
		var x = function (i) { return LEFT + (W - LEFT - RIGHT) * (count > 1 ? i / (count - 1) : 0.5); };
		var y = function (v) { return H - BOTTOM - (H - TOP - BOTTOM) * v / max; };
		names.forEach(function (name, s) {
			var path = '', pen = false;
			chart.series[name].map(number).forEach(function (v, i) {
				if (v === null) { pen = false; return; }
				path += (pen ? 'L' : 'M') + x(i).toFixed(1) + ' ' + y(v).toFixed(1);
				pen = true;
			});
			el('path', { d: path, fill: 'none', stroke: COLOURS[s % COLOURS.length], 'stroke-width': 2 }, svg);
			el('text', { x: LEFT + 8 + s * 150, y: H - 4, fill: COLOURS[s % COLOURS.length] }, svg, '— ' + name);
		});
		// the last label ends at its point, so that it stays inside the chart
		[0, Math.floor((count - 1) / 2), count - 1].forEach(function (i) {
			var anchor = (count > 1 && i === count - 1) ? 'end' : 'middle';
			if (count > 0) { el('text', { x: x(i), y: H - BOTTOM + 14, 'text-anchor': anchor }, svg, chart.labels[i]); }
		});
		return svg;
	}

	function draw() {
		document.querySelectorAll('.chart[data-source]').forEach(function (holder) {
			var source = document.getElementById(holder.getAttribute('data-source'));
			var charts = source ? JSON.parse(source.textContent) : [];
			charts.forEach(function (chart) {
				holder.appendChild(holder.getAttribute('data-kind') === 'lines' ? lines(chart) : bars(chart));
			});
			if (charts.length === 0) { holder.textContent = 'Nothing to chart yet.'; }
			holder.setAttribute('data-drawn', String(charts.length));
		});
	}

	if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', draw); } else { draw(); }
}());
