import { mkdirSync, writeFileSync } from "node:fs";
import { syntheticArticles } from "../bench/syntheticArticles.ts";
const dir = process.argv[2] as string;
mkdirSync(dir, { recursive: true });
for (const a of syntheticArticles(Number(process.argv[3]))) writeFileSync(`${dir}/${a.name}`, a.text);
