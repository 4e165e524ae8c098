// A tiny, safe Markdown subset for chat bubbles: **bold**, line breaks, "- " / "* " / "1. " lists,
// [label](https://…) and bare http(s) links, and Teams' <at>Name</at> mentions.
// Everything is built with DOM nodes and textContent; no string ever becomes HTML.
'use strict';

window.MeetingBotMarkdown = (() => {
  const INLINE = /\*\*(.+?)\*\*|\[([^\]\n]+)\]\(([^)\s]+)\)|<at>(.*?)<\/at>|(https?:\/\/[^\s<>()]*[^\s<>().,;:!?'"])/g;
  const BULLET = /^\s*[-*•]\s+(.*)$/;
  const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

  function safeHref(raw) {
    try {
      const url = new URL(raw, document.baseURI);
      return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
    } catch {
      return null;
    }
  }

  function link(href, label) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = label;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }

  // CommonMark backslash escapes (the bot escapes what members typed): hidden in private-use characters while
  // the line is parsed, turned back into the literal characters in the text nodes.
  const ESCAPABLE = '\\`*_{}[]()#+-.!|~<>';
  const hideEscapes = (line) => line.replace(/\\([\\`*_{}\[\]()#+\-.!|~<>])/g,
    (_, c) => String.fromCharCode(0xE000 + ESCAPABLE.indexOf(c)));
  const showEscapes = (text) => text.replace(/[\uE000-\uE013]/g, (c) => ESCAPABLE[c.charCodeAt(0) - 0xE000]);
  const textNode = (text) => document.createTextNode(showEscapes(text));

  function appendInline(parent, text, allowBold = true) {
    let last = 0;
    for (const match of text.matchAll(INLINE)) {
      const [whole, bold, label, target, mention, bare] = match;
      if (match.index > last) parent.append(textNode(text.slice(last, match.index)));
      last = match.index + whole.length;
      if (bold !== undefined) {
        if (allowBold) {
          const strong = document.createElement('strong');
          appendInline(strong, bold, false);
          parent.append(strong);
        } else {
          parent.append(textNode(whole));
        }
      } else if (label !== undefined) {
        const href = safeHref(target);
        parent.append(href ? link(href, label) : textNode(whole));
      } else if (mention !== undefined) {
        const span = document.createElement('span');
        span.className = 'mention';
        span.textContent = '@' + mention;
        parent.append(span);
      } else if (bare !== undefined) {
        const href = safeHref(bare);
        parent.append(href ? link(href, bare) : textNode(bare));
      }
    }
    if (last < text.length) parent.append(textNode(text.slice(last)));
  }

  /** Renders text into a DocumentFragment. */
  function render(text) {
    const fragment = document.createDocumentFragment();
    const lines = String(text ?? '').replace(/\r\n?/g, '\n').split('\n');
    let list = null;
    let listKind = null;
    let paragraph = null;

    for (const rawLine of lines) {
      const line = hideEscapes(rawLine);
      const bullet = BULLET.exec(line);
      const numbered = bullet ? null : NUMBERED.exec(line);
      const item = bullet ?? numbered;
      if (item) {
        const kind = bullet ? 'ul' : 'ol';
        if (!list || listKind !== kind) {
          list = document.createElement(kind);
          listKind = kind;
          fragment.append(list);
        }
        const li = document.createElement('li');
        appendInline(li, item[1]);
        list.append(li);
        paragraph = null;
        continue;
      }
      list = null;
      if (line.trim() === '') {
        paragraph = null;
        continue;
      }
      if (!paragraph) {
        paragraph = document.createElement('p');
        fragment.append(paragraph);
      } else {
        paragraph.append(document.createElement('br'));
      }
      appendInline(paragraph, line);
    }
    return fragment;
  }

  return { render, safeHref };
})();
