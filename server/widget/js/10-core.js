/* Papo visitor widget: launcher + chat window over /ws/visitor.
 * Mirrors docs/protocol.md (visitor endpoint). No dependencies, no third-party requests;
 * the only global it defines is window.Papo.
 * widget.js, part 1: the protocol, texts, formatting and storage. server/CMakeLists.txt joins
 * the files of server/widget/js/ in order into the served widget.js: one function whose
 * variables every part shares, opened here and closed at the end of 90-api.js. */
(function (window, document) {
  'use strict';
  if (window.Papo && window.Papo.papoWidget) return; // snippet pasted twice
  // Calls the page made before this script loaded, through the usual stub
  // `window.Papo = function () { (Papo.q = Papo.q || []).push(arguments) }` (WID-6).
  var EARLY = window.Papo && Array.isArray(window.Papo.q) ? window.Papo.q : [];
  // Read once at start; the page's own object, never written to.
  var SETUP = window.PapoSetup && typeof window.PapoSetup === 'object' ? window.PapoSetup : {};

  // ---- Protocol (docs/protocol.md) -------------------------------------------------------
  var T = { ack: 'ack', error: 'error', hello: 'hello', pageView: 'page_view',
            message: 'message', typing: 'typing', mode: 'mode', read: 'read', edited: 'message_edited',
            rate: 'rate', window: 'window', visitorData: 'visitor_data',
            targeted: 'targeted', openWindow: 'open_window', scenario: 'scenario',
            scenarioReply: 'scenario_reply', contactForm: 'contact_form',
            fillContactForm: 'fill_contact_form' };
  var ENDPOINT = '/ws/visitor';
  var ERR_INVALID_KEY = 'invalid_key';
  var CLOSE_INVALID_KEY = 4003;
  var ERR_ORIGIN = 'origin_not_allowed', CLOSE_ORIGIN = 4005; // INS-3
  var MAX_TEXT = 5000, MAX_COMMENT = 1000, MAX_URL = 2048, MAX_TITLE = 512, MAX_LANG = 35;
  var MODE_LIVE = 'live', MODE_MESSENGER = 'messenger';

  var KEY = window.PapoID;
  var SCRIPT = scriptUrl();
  if (typeof KEY !== 'string' || !KEY || !SCRIPT) {
    warn('window.PapoID must be set before widget.js is loaded');
    return;
  }
  // The website's key asks for its colour and side with the stylesheet (WID-2).
  var CSS_URL = new URL('widget.css?k=' + encodeURIComponent(KEY), SCRIPT).href;
  // The endpoint sits beside widget.js, so a server behind a path prefix works too.
  var WS_URL = new URL('.' + ENDPOINT, SCRIPT).href.replace(/^http/, 'ws');
  var TOKEN_KEY = 'papo.visitor.' + KEY, READ_KEY = 'papo.read.' + KEY, OPEN_KEY = 'papo.open.' + KEY,
      LOOK_KEY = 'papo.look.' + KEY, CARD_KEY = 'papo.cardClosed.' + KEY;

  function scriptUrl() {
    var s = document.currentScript;
    if (s && s.src) return s.src;
    var all = document.getElementsByTagName('script');
    for (var i = all.length - 1; i >= 0; i--)
      if (/\/widget\.js(?:[?#]|$)/.test(all[i].src)) return all[i].src;
    return null;
  }
  function warn(text) { if (window.console) console.warn('[Papo] ' + text); }

  // ---- Texts (WID-3) ---------------------------------------------------------------------
  // The defaults of every language come from widget/texts.json: the server writes them in
  // here when it serves this file. The hello ack then brings the website's texts for the
  // visitor's language (custom ones over the defaults), its colour and its side.
  var TEXTS = __PAPO_TEXTS__;
  // LANG is the visitor's own language (sent in hello for the operators); PapoSetup.language
  // only changes the widget's texts.
  var LANG = String(navigator.language || 'en').slice(0, MAX_LANG);
  var PAGE_LANG = TEXTS.hasOwnProperty(SETUP.language) ? SETUP.language : null;
  var UI_LANG = PAGE_LANG || LANG.toLowerCase().split('-')[0];
  if (!TEXTS.hasOwnProperty(UI_LANG)) UI_LANG = 'en';
  var TX = TEXTS[UI_LANG];
  // Texts shown in elements built once: [node, key, attributes] (none: the node's text).
  // Texts read at the time they are shown (TX.key) need no binding.
  var bound = [];
  function bindText(node, key, attrs) {
    bound.push([node, key, attrs || null]);
    setText(node, key, attrs);
    return node;
  }
  function setText(node, key, attrs) {
    var text = TX[key] || '';
    if (!attrs) node.textContent = text;
    else for (var i = 0; i < attrs.length; i++) node.setAttribute(attrs[i], text);
  }
  // Swaps in the website's texts (the hello ack); every text already shown follows.
  function useTexts(language, texts) {
    if (!TEXTS.hasOwnProperty(language) || !texts || typeof texts !== 'object') return;
    var merged = {};
    for (var k in TEXTS[language])
      merged[k] = typeof texts[k] === 'string' ? texts[k] : TEXTS[language][k];
    TX = merged;
    UI_LANG = language;
    root.setAttribute('lang', LANG.toLowerCase().split('-')[0] === language ? LANG : language);
    bound.forEach(function (b) { setText(b[0], b[1], b[2]); });
    renderMode();
    renderBadge();
    tidy();
  }

  // ---- Formatting (WID-4): the rules of common/formatting.cpp, step by step -------------
  // \s and . are spelled out so they mean what they mean to Qt's PCRE2 (ASCII whitespace;
  // anything but LF), not JavaScript's Unicode-aware versions.
  var RE_LINK = /https?:\/\/[^\t\n\v\f\r <>"']+[^\t\n\v\f\r <>"'.,;:!?)]/gu;
  var RE_BOLD = /\*\*([^\t\n\v\f\r ](?:[^\n]*?[^\t\n\v\f\r ])?)\*\*/gu;
  var RE_ITALIC = /(^|[\t\n\v\f\r (])_([^\t\n\v\f\r ](?:[^\n]*?[^\t\n\v\f\r ])?)_(?=$|[\t\n\v\f\r ).,;:!?])/gu;
  var RE_PLACEHOLDER = /<(\d+)>/g; // escaped text never holds a `<`: it cannot be forged

  function escapeHtml(s) { // QString::toHtmlEscaped
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function formatText(text) {
    var links = [], html = '', last = 0, m;
    RE_LINK.lastIndex = 0;
    while ((m = RE_LINK.exec(text))) {
      html += escapeHtml(text.slice(last, m.index)) + '<' + links.length + '>';
      links.push(escapeHtml(m[0]));
      last = m.index + m[0].length;
    }
    html = (html + escapeHtml(text.slice(last))).replace(RE_BOLD, '<b>$1</b>').replace(RE_ITALIC, '$1<i>$2</i>');
    html = html.replace(RE_PLACEHOLDER, function (p, i) {
      return '<a href="' + links[i] + '" rel="noopener noreferrer" target="_blank">' + links[i] + '</a>';
    });
    return html.split('\n').join('<br>');
  }

  // ---- Storage (may be unavailable: private modes, sandboxed frames) --------------------
  function load(store, k) { try { return window[store].getItem(k); } catch (e) { return null; } }
  function save(store, k, v) { try { window[store].setItem(k, v); } catch (e) { /* memory only */ } }
