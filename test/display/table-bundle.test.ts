/**
 * Tables people can read: long text cut with its whole text on hover, rows and columns cut
 * with a note in the table's language, numbers and dates written as the language writes them,
 * and styles that survive an untrusted notebook (inline, no <style>, no script).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tableBundle, tableDefaults } from "../../lib/src/display/table-bundle";

/** A frame of `rows` × `columns` cells "r<row>c<column>", as danfojs gives one. */
function grid(rows: number, columns: number) {
  const names = Array.from({ length: columns }, (_, c) => `column_${c}`);
  const values = Array.from({ length: rows }, (_, r) => names.map((_, c) => `r${r}c${c}`));
  return { columns: names, index: values.map((_, r) => r), values, shape: [rows, columns] };
}

const html = (frame: Parameters<typeof tableBundle>[0], options?: Parameters<typeof tableBundle>[1]) => tableBundle(frame, options)["text/html"] as string;
const text = (frame: Parameters<typeof tableBundle>[0], options?: Parameters<typeof tableBundle>[1]) => tableBundle(frame, options)["text/plain"] as string;
/** The text of every cell of the HTML table, row by row (the header first). */
function cells(table: string): string[][] {
  return [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) => [...row!.matchAll(/<t[hd][^>]*>(?:<nobr>)?(.*?)(?:<\/nobr>)?<\/t[hd]>/g)].map(([, cell]) => cell!));
}

describe("tableBundle", () => {
  it("cuts long text at 50 characters with an ellipsis, the whole text (escaped) on hover", () => {
    const long = `"Quoted" <b>bold</b> & ${"x".repeat(80)}`;
    const frame = { columns: ["text", "short"], index: [0], values: [[long, "fine"]], shape: [1, 2] };
    const table = html(frame);
    const [, row] = cells(table);
    assert.equal(row![1], `&quot;Quoted&quot; &lt;b&gt;bold&lt;/b&gt; &amp; ${"x".repeat(26)}…`);
    assert.equal([...`"Quoted" <b>bold</b> & ${"x".repeat(26)}…`].length, tableDefaults.maxColumnWidth);
    assert.ok(table.includes(` title="&quot;Quoted&quot; &lt;b&gt;bold&lt;/b&gt; &amp; ${"x".repeat(80)}">`), "whole text in the title, escaped");
    assert.match(table, /<td><nobr>fine<\/nobr><\/td>/, "no title where nothing was cut");
    assert.match(text(frame), new RegExp(`0  "Quoted" <b>bold</b> & x{26}…  fine`));
    assert.equal(cells(html(frame, { maxColumnWidth: 10 }))[1]![1], "&quot;Quoted&quot;…", "cut at 9 characters, the trailing space dropped");
  });

  it("puts multi-line text on one line, the lines kept in the title", () => {
    const frame = { columns: ["note"], index: [0], values: [["first line\nsecond line"]], shape: [1, 1] };
    assert.ok(html(frame).includes(`title="first line\nsecond line"><nobr>first line second line</nobr></td>`));
  });

  it("shows at most 20 rows and 20 columns by default, and says in the table's language how many it left out", () => {
    const frame = grid(45, 31);
    const table = html(frame);
    const shown = cells(table);
    assert.equal(shown.length, 1 + 20);
    assert.ok(shown.every((row) => row.length === 1 + 20));
    assert.deepEqual(shown[0]!.slice(-1), ["column_19"]);
    assert.match(table, /<p>… 25 more rows · … 11 more columns<\/p>/);
    assert.match(html(frame, { lang: "id" }), /<p>… 25 baris lagi · … 11 kolom lagi<\/p>/);
    assert.match(text(frame, { lang: "id" }), /\n… 25 baris lagi\n… 11 kolom lagi$/);
    assert.match(html(grid(3, 2), { maxRows: 2, maxColumns: 1 }), /<p>… 1 more row · … 1 more column<\/p>/);
    assert.doesNotMatch(html(grid(20, 20)), /more|<p>/, "nothing left out, no note");
  });

  it("writes numbers and dates as the language does; years and small counts are not grouped", () => {
    const frame = {
      columns: ["year", "days", "share", "people", "small", "date", "month"],
      index: [0],
      values: [[2017, 1234, 58.8123456, 1500000, -0.25, "2017-07-07", "2017-07"]],
      shape: [1, 7],
    };
    assert.deepEqual(cells(html(frame))[1], ["0", "2017", "1234", "58.8123", "1,500,000", "−0.25", "7 July 2017", "2017-07"]);
    assert.deepEqual(cells(html(frame, { lang: "id" }))[1], ["0", "2017", "1234", "58,8123", "1.500.000", "−0,25", "7 Juli 2017", "2017-07"]);
    const dated = { columns: ["at"], index: [0], values: [new Date("2017-12-14T00:00:00Z")], shape: [1] };
    assert.deepEqual(cells(html(dated, { lang: "id" }))[1], ["0", "14 Desember 2017"]);
  });

  it("needs no style sheet and no script: a box that scrolls sideways, each cell's text on one line by itself", () => {
    const table = html(grid(2, 2), { caption: "Caption <i>" });
    assert.match(table, /^<div class="table-responsive" style="overflow-x: auto; max-width: 100%">\n<table class="dataframe"><caption>Caption &lt;i&gt;<\/caption>/);
    assert.doesNotMatch(table, /<style|<script/i);
    const cellsHtml = [...table.matchAll(/<t[hd]\b[^>]*>(.*?)<\/t[hd]>/g)].map(([, inner]) => inner!);
    assert.equal(cellsHtml.length, 9);
    assert.ok(cellsHtml.every((inner) => inner === "" || /^<nobr>[^<]*<\/nobr>$/.test(inner)), "every cell's text is kept on one line");
  });

  it("refuses a limit that is not a whole number of at least 1", () => {
    for (const maxRows of [0, -1, 1.5, Number.NaN]) assert.throws(() => tableBundle(grid(2, 2), { maxRows }), /maxRows must be a whole number of at least 1/);
    assert.throws(() => tableBundle(grid(2, 2), { maxColumnWidth: 0 }), /maxColumnWidth/);
  });
});
