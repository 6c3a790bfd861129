import { useEffect, useState } from "react";
import { useI18n } from "../i18n/useI18n.ts";
import { copyText } from "./copyText.ts";

/** A button that copies a link and says so, visibly and to screen readers. */
export function CopyLinkButton(props: { readonly label: string; readonly link: () => string }) {
  const { share } = useI18n().messages;
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (status === "idle") return;
    const timer = window.setTimeout(() => setStatus("idle"), 2500);
    return () => window.clearTimeout(timer);
  }, [status]);
  return (
    <span className="copy-link">
      <button
        type="button"
        onClick={() =>
          copyText(props.link()).then(
            () => setStatus("copied"),
            () => setStatus("failed"),
          )
        }
      >
        {props.label}
      </button>
      <span role="status" className={`copy-status ${status}`}>
        {status === "copied" ? share.copied : status === "failed" ? share.failed : ""}
      </span>
    </span>
  );
}
