// A worker thread of the article pool: reads the articles it is sent, one at a time.
import { parentPort } from "node:worker_threads";
import { compileGazetteer } from "../mentions/gazetteer.ts";
import { readArticle, type ArticleInput } from "./readArticle.ts";

export interface ArticleTask {
  readonly seq: number;
  readonly input: ArticleInput;
  readonly budgetSeconds: number;
}

const gazetteer = compileGazetteer();
parentPort?.on("message", ({ seq, input, budgetSeconds }: ArticleTask) => {
  parentPort?.postMessage({ seq, result: readArticle(input, { gazetteer, budgetSeconds }) });
});
