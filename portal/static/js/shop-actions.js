/* The shop's little buttons, without inline handlers (the Content-Security-Policy forbids them):
   data-action="print" prints the page, data-action="back" goes back one page. */
document.addEventListener("click", function (event) {
    var control = event.target.closest("[data-action]");
    if (!control) {
        return;
    }
    if (control.dataset.action === "print") {
        event.preventDefault();
        window.print();
    } else if (control.dataset.action === "back") {
        event.preventDefault();
        window.history.back();
    }
});
