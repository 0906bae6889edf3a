package org.minutebook.ingest.sync;

import java.util.List;

/**
 * An item of a meeting as {@code GetMeeting} gives it.
 *
 * @param number the number the minutes print ("51"; the site's {@code fulldisplaynumberformat}
 *     without its dot), or null
 * @param title entities decoded, or null
 * @param minutesHtml the item's minutes as the HTML fragment the site keeps ({@code
 *     minutesnonemptyhtmlbody}, unescaped once: real tags, HTML entities such as {@code &nbsp;}
 *     left for an HTML reader), or null when no minutes are published for it
 * @param documents what the item links to, each address once
 */
public record AgendaItem(String number, String title, String minutesHtml, List<LinkedDocument> documents) {
  public AgendaItem {
    documents = List.copyOf(documents);
  }
}
