<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message numerus="yes">
        <source>{shown} of %n highlight(s)</source>
        <translation>
            <numerusform>{shown} of %n highlight</numerusform>
            <numerusform>{shown} of %n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in this version</source>
        <translation>
            <numerusform>%n not found in this version</numerusform>
            <numerusform>%n not found in this version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) moved,</source>
        <translation>
            <numerusform>%n highlight moved,</numerusform>
            <numerusform>%n highlights moved,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found (listed at the end of the Annotations panel).</source>
        <translation>
            <numerusform>%n not found (listed at the end of the Annotations panel).</numerusform>
            <numerusform>%n not found (listed at the end of the Annotations panel).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct, hidden in the text</source>
        <translation>
            <numerusform>%n distinct, hidden in the text</numerusform>
            <numerusform>%n distinct, hidden in the text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct</source>
        <translation>
            <numerusform>%n distinct</numerusform>
            <numerusform>%n distinct</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions.</source>
        <translation>
            <numerusform>%n mention.</numerusform>
            <numerusform>%n mentions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added to the library.</source>
        <translation>
            <numerusform>%n document added to the library.</numerusform>
            <numerusform>%n documents added to the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left in chapter</source>
        <translation>
            <numerusform>%n min left in chapter</numerusform>
            <numerusform>%n min left in chapter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left in book</source>
        <translation>
            <numerusform>%n min left in book</numerusform>
            <numerusform>%n min left in book</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s)</source>
        <translation>
            <numerusform>in %n document</numerusform>
            <numerusform>in %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n tags into:</source>
        <translation>
            <numerusform>Merge %n tag into:</numerusform>
            <numerusform>Merge %n tags into:</numerusform>
        </translation>
    </message>
</context>
</TS>
