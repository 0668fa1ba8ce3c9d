# Joins the widget's parts into one widget.js: cmake -DOUTPUT=file -DPARTS=a.js|b.js|... -P
# concat.cmake. The parts are pieces of one function (server/widget/js/10-core.js opens it,
# 90-api.js closes it), joined in the order given with a blank line between them; no bundler.
string(REPLACE "|" ";" parts "${PARTS}")
set(content "")
set(separator "")
foreach(part IN LISTS parts)
    file(READ "${part}" text)
    string(APPEND content "${separator}${text}")
    set(separator "\n")
endforeach()
file(WRITE "${OUTPUT}" "${content}")
