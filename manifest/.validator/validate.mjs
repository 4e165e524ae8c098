// Validates a built MeetingBot Teams app package, offline.
//
//   node manifest/.validator/validate.mjs <folder with manifest.json, color.png, outline.png> [package.zip]
//
// 1. Resolves the manifest's $schema URL to the JSON schema shipped inside @microsoft/app-manifest (never the
//    network: fetch is disabled for the whole run) and validates with the package's own
//    AppManifestUtils.validateAgainstSchema, after its TeamsManifestConverter's runtime type check.
// 2. Checks the Teams rules the schema does not encode: at most 10 commands per command list, one command list
//    per bot scope, RSC permissions need webApplicationInfo with the bot's app id, bare host names in
//    validDomains, icon sizes, an outline icon of only white and transparency, and the zip's layout.
// Exit code 0 when everything passes, 1 when something fails, 2 when the validator itself cannot run.

import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

globalThis.fetch = async (url) => {
  throw new Error(`network access is disabled in this validator (tried to fetch ${url})`);
};

const [folder, zipPath] = process.argv.slice(2);
if (!folder) {
  console.error("usage: node validate.mjs <folder with manifest.json> [package.zip]");
  process.exit(2);
}

const failures = [];
const fail = (message) => failures.push(message);

// ---------- the manifest against Microsoft's schema ----------

let AppManifestUtils, TeamsManifestConverter, packageVersion, packageRoot;
try {
  ({ AppManifestUtils, TeamsManifestConverter } = require("@microsoft/app-manifest"));
  const packageJson = require.resolve("@microsoft/app-manifest/package.json");
  packageRoot = path.dirname(packageJson);
  packageVersion = JSON.parse(fs.readFileSync(packageJson, "utf8")).version;
} catch (e) {
  console.error(`Cannot load @microsoft/app-manifest: ${e.message}`);
  process.exit(2);
}

const manifestPath = path.join(folder, "manifest.json");
const text = fs.readFileSync(manifestPath, "utf8");
let manifest;
try {
  manifest = JSON.parse(text);
} catch (e) {
  console.error(`FAIL ${manifestPath} is not JSON: ${e.message}`);
  process.exit(1);
}

const schemaUrl = manifest.$schema;
let schemaFile;
if (typeof schemaUrl !== "string") {
  fail("$schema is missing: it must name the Teams schema, eg https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json");
} else {
  // The package maps developer.microsoft.com schema URLs to files under its build/ folder.
  const suffix = AppManifestUtils.getLocalSchemaSuffix?.(schemaUrl)
    ?? (schemaUrl.match(/json-schemas\/teams\/.*$/) || [])[0];
  const candidate = suffix && path.join(packageRoot, "build", suffix);
  if (candidate && fs.existsSync(candidate)) schemaFile = candidate;
  else fail(`$schema ${schemaUrl} is not one of the schemas shipped in @microsoft/app-manifest ${packageVersion} (looked for ${candidate ?? "a developer.microsoft.com json-schemas URL"})`);
}

const versionInUrl = (schemaUrl ?? "").match(/\/v(\d+\.\d+)\//)?.[1];
if (versionInUrl && versionInUrl !== manifest.manifestVersion) {
  fail(`manifestVersion ${manifest.manifestVersion} does not match the $schema URL (v${versionInUrl})`);
}

if (schemaFile) {
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"));
  let typed = manifest;
  try {
    typed = TeamsManifestConverter.jsonToManifest(text); // runtime type check of the package's generated types
  } catch (e) {
    fail(`@microsoft/app-manifest type check: ${e.message}`);
  }
  const errors = await AppManifestUtils.validateAgainstSchema(typed, schema);
  for (const error of errors) fail(`schema: ${error}`);
  console.log(`schema: ${path.relative(process.cwd(), schemaFile)} (@microsoft/app-manifest ${packageVersion}), ${errors.length} error(s)`);
}

// ---------- Teams rules outside the schema ----------

const guid = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const placeholders = text.match(/\$\{\{\w+\}\}/g);
if (placeholders) fail(`placeholders left unsubstituted: ${[...new Set(placeholders)].join(", ")}`);

const bot = manifest.bots?.[0];
if (!bot) {
  fail("no bot in bots[]");
} else {
  if (!guid.test(bot.botId ?? "")) fail(`bots[0].botId '${bot.botId}' is not a GUID`);
  for (const scope of ["personal", "team", "groupChat"]) {
    if (!bot.scopes?.includes(scope)) fail(`bots[0].scopes lacks ${scope}`);
  }
  const listed = new Map();
  (bot.commandLists ?? []).forEach((list, i) => {
    const count = list.commands?.length ?? 0;
    if (count > 10) fail(`bots[0].commandLists[${i}] has ${count} commands; Teams shows at most 10 per list`);
    const titles = new Set();
    for (const c of list.commands ?? []) {
      if (titles.has(c.title.toLowerCase())) fail(`bots[0].commandLists[${i}] lists '${c.title}' twice`);
      titles.add(c.title.toLowerCase());
      if (c.title.length > 32) fail(`command title '${c.title}' is longer than 32 characters`);
    }
    for (const scope of list.scopes ?? []) {
      if (listed.has(scope)) fail(`scope ${scope} has two command lists (${listed.get(scope)} and ${i})`);
      listed.set(scope, i);
    }
  });
  for (const scope of bot.scopes ?? []) {
    if (!listed.has(scope)) fail(`bot scope ${scope} has no command list`);
  }
}

const rsc = manifest.authorization?.permissions?.resourceSpecific ?? [];
if (rsc.length > 0) {
  if (!manifest.webApplicationInfo) fail("resource-specific permissions need webApplicationInfo");
  else if ((manifest.webApplicationInfo.id ?? "").toLowerCase() !== (bot?.botId ?? "").toLowerCase()) {
    fail(`webApplicationInfo.id ${manifest.webApplicationInfo.id} must be the bot's app id ${bot?.botId}`);
  }
  if (!manifest.webApplicationInfo?.resource) fail("webApplicationInfo.resource must be set when RSC permissions are requested");
}
for (const required of [
  "OnlineMeeting.ReadBasic.Chat", "ChannelMeeting.ReadBasic.Group", "OnlineMeetingParticipant.Read.Chat",
  "ChatMessage.Read.Chat", "ChannelMessage.Read.Group", "ChatMember.Read.Chat", "TeamMember.Read.Group",
]) {
  const p = rsc.find((r) => r.name === required);
  if (!p) fail(`RSC permission ${required} is missing`);
  else if (p.type !== "Application") fail(`RSC permission ${required} must be of type Application`);
}

for (const domain of manifest.validDomains ?? []) {
  if (/^[a-z]+:\/\//i.test(domain) || domain.includes("/")) fail(`validDomains entry '${domain}' must be a host name without scheme or path`);
  if (/^\*(\.[a-z]+)?$/i.test(domain)) fail(`validDomains entry '${domain}' is too broad`);
}

// ---------- icons ----------

function readPng(file) {
  const data = fs.readFileSync(file);
  if (data.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a") throw new Error("not a PNG file");
  let offset = 8, header, idat = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString("latin1", offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], colourType: body[9], interlace: body[12] };
    if (type === "IDAT") idat.push(body);
    offset += 12 + length;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[header.colourType];
  if (header.depth !== 8 || !channels || header.interlace !== 0) return { ...header, pixels: null };
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = header.width * channels;
  const pixels = Buffer.alloc(stride * header.height);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = (v + predictor) & 0xff;
    }
  }
  const rgba = (x, y) => {
    const i = (y * header.width + x) * channels;
    if (channels === 4) return [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]];
    if (channels === 3) return [pixels[i], pixels[i + 1], pixels[i + 2], 255];
    if (channels === 2) return [pixels[i], pixels[i], pixels[i], pixels[i + 1]];
    return [pixels[i], pixels[i], pixels[i], 255];
  };
  return { ...header, pixels, rgba };
}

function checkIcon(name, size, outline) {
  const file = path.join(folder, name ?? "");
  if (!name || !fs.existsSync(file)) { fail(`icon ${name} is missing from the package folder`); return; }
  let png;
  try { png = readPng(file); } catch (e) { fail(`icon ${name}: ${e.message}`); return; }
  if (png.width !== size || png.height !== size) fail(`icon ${name} is ${png.width}x${png.height}; Teams needs ${size}x${size}`);
  if (!outline) return;
  if (!png.pixels) { fail(`icon ${name}: use 8-bit non-interlaced PNG so its colours can be checked`); return; }
  let opaque = 0, coloured = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const [r, g, b, a] = png.rgba(x, y);
      if (a > 0) opaque++;
      if (a > 0 && (r !== 255 || g !== 255 || b !== 255)) coloured++;
    }
  }
  if (coloured > 0) fail(`icon ${name} has ${coloured} visible pixels that are not white; Teams wants white on transparent`);
  if (opaque === 0) fail(`icon ${name} is fully transparent`);
  for (const [x, y] of [[0, 0], [png.width - 1, 0], [0, png.height - 1], [png.width - 1, png.height - 1]]) {
    if (png.rgba(x, y)[3] !== 0) { fail(`icon ${name} needs a transparent background (corner ${x},${y} is not)`); break; }
  }
}

checkIcon(manifest.icons?.color, 192, false);
checkIcon(manifest.icons?.outline, 32, true);

// ---------- the zip ----------

function zipEntries(file) {
  const data = fs.readFileSync(file);
  const eocd = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("not a zip file");
  const count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    const nameLength = data.readUInt16LE(offset + 28), extra = data.readUInt16LE(offset + 30), comment = data.readUInt16LE(offset + 32);
    names.push(data.toString("utf8", offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extra + comment;
  }
  return names;
}

if (zipPath) {
  try {
    const names = zipEntries(zipPath);
    const expected = ["manifest.json", manifest.icons?.color, manifest.icons?.outline];
    for (const name of expected) if (!names.includes(name)) fail(`${path.basename(zipPath)} lacks ${name} at its root`);
    for (const name of names) if (name.includes("/")) fail(`${path.basename(zipPath)} has a folder entry ${name}; files must sit at the root`);
    console.log(`zip: ${path.basename(zipPath)} holds ${names.join(", ")}`);
  } catch (e) {
    fail(`${zipPath}: ${e.message}`);
  }
}

if (failures.length > 0) {
  for (const f of failures) console.log(`  - ${f}`);
  console.log(`FAIL: ${manifestPath}: ${failures.length} problem(s)`);
  process.exit(1);
}
console.log(`PASS: ${manifestPath} (manifestVersion ${manifest.manifestVersion}, ${bot.commandLists.map((l) => `${l.scopes.join("+")}: ${l.commands.length} commands`).join(", ")}, ${rsc.length} RSC permissions)`);
